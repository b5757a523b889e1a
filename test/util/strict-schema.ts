import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import * as YAML from 'yaml';

const SCHEMAS = path.join(__dirname, '..', 'fixtures', 'kubernetes-schemas');

/**
 * Closes every object schema that lists properties: unknown fields become errors, as the API
 * server's strict field validation reports them. Objects marked to keep unknown fields stay open.
 */
function closeObjects(schema: any): any {
  if (Array.isArray(schema)) {
    return schema.map(closeObjects);
  }
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }
  const result: Record<string, any> = {};
  for (const [key, value] of Object.entries(schema)) {
    // Property names are data, not schemas, so only their values are walked.
    if (key === 'properties' && value && typeof value === 'object') {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, closeObjects(sub)]));
    } else {
      result[key] = closeObjects(value);
    }
  }
  if (result.properties && result.additionalProperties === undefined && !result['x-kubernetes-preserve-unknown-fields']) {
    result.additionalProperties = false;
  }
  return result;
}

/** Drops keywords ajv does not know, which the Kubernetes and CRD schemas carry as annotations. */
function newAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv;
}

/**
 * Validates manifests against one Kubernetes version's API schemas and the CRD schemas that
 * the install may render (cert-manager's own CRDs, ServiceMonitor and PodMonitor).
 */
export class StrictValidator {
  private readonly byKind = new Map<string, ValidateFunction>();

  constructor(kubernetesVersion: '1.28.0' | '1.35.0', crdFiles: string[] = []) {
    const raw = JSON.parse(fs.readFileSync(path.join(SCHEMAS, `v${kubernetesVersion}-definitions.json`), 'utf8'));
    const definitions = closeObjects(raw.definitions);
    const ajv = newAjv();
    ajv.addSchema({ $id: 'k8s', definitions });
    for (const [name, definition] of Object.entries<any>(definitions)) {
      for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
        const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
        this.byKind.set(`${apiVersion}/${gvk.kind}`, ajv.compile({ $ref: `k8s#/definitions/${name}` }));
      }
    }
    const crdPaths = [
      path.join(SCHEMAS, 'crds', 'monitoring.coreos.com_servicemonitors.yaml'),
      path.join(SCHEMAS, 'crds', 'monitoring.coreos.com_podmonitors.yaml'),
      ...crdFiles,
    ];
    for (const file of crdPaths) {
      for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
        const crd = doc.toJS();
        if (crd?.kind !== 'CustomResourceDefinition') {
          continue;
        }
        for (const version of crd.spec.versions) {
          const schema = closeObjects(version.schema.openAPIV3Schema);
          // The API server always accepts standard object metadata on custom resources.
          schema.properties.metadata = { type: 'object' };
          this.byKind.set(`${crd.spec.group}/${version.name}/${crd.spec.names.kind}`, newAjv().compile(schema));
        }
      }
    }
  }

  /**
   * Returns one line per problem: an unknown kind, an unknown field or a wrong type.
   */
  public validate(manifests: any[]): string[] {
    const problems: string[] = [];
    for (const manifest of manifests) {
      const where = `${manifest.kind}/${manifest.metadata?.name}`;
      const validateFn = this.byKind.get(`${manifest.apiVersion}/${manifest.kind}`);
      if (!validateFn) {
        problems.push(`${where}: no schema for ${manifest.apiVersion} ${manifest.kind}`);
        continue;
      }
      if (!validateFn(manifest)) {
        for (const error of validateFn.errors ?? []) {
          const detail = error.keyword === 'additionalProperties'
            ? `unknown field '${(error.params as any).additionalProperty}'`
            : error.message;
          problems.push(`${where}${error.instancePath}: ${detail}`);
        }
      }
    }
    return problems;
  }
}
