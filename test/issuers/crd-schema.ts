import { readFileSync } from 'fs';
import { join } from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import { parseAllDocuments } from 'yaml';

const CRD_FILE = join(__dirname, '..', 'fixtures', 'helm', 'v1.21.1-default-crds.yaml');

/**
 * Closes every object schema that lists `properties` and does not preserve unknown fields, so
 * that a misspelt or misplaced field fails validation as the API server's pruning would drop it.
 */
function closeObjects(schema: any): any {
  if (Array.isArray(schema)) {
    return schema.map(closeObjects);
  }
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }
  const result: any = {};
  for (const [key, value] of Object.entries(schema)) {
    // `properties` maps field names to schemas, so its keys are not keywords.
    result[key] = key === 'properties'
      ? Object.fromEntries(Object.entries(value as object).map(([name, sub]) => [name, closeObjects(sub)]))
      : closeObjects(value);
  }
  if (result.properties !== undefined && result['x-kubernetes-preserve-unknown-fields'] !== true && result.additionalProperties === undefined) {
    result.additionalProperties = false;
  }
  return result;
}

let validators: Map<string, ValidateFunction> | undefined;

/**
 * Returns a strict validator for one kind of cert-manager v1.21.1 (`Issuer`, `Certificate`, ...),
 * built from the CRD's `openAPIV3Schema`. CEL rules (`x-kubernetes-validations`) are not evaluated.
 */
export function crdValidator(kind: string): ValidateFunction {
  if (validators === undefined) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    validators = new Map();
    const docs = parseAllDocuments(readFileSync(CRD_FILE, 'utf8')).map((doc) => doc.toJSON());
    for (const crd of docs.filter((doc) => doc?.kind === 'CustomResourceDefinition')) {
      const version = crd.spec.versions.find((v: any) => v.storage);
      validators.set(crd.spec.names.kind, ajv.compile(closeObjects(version.schema.openAPIV3Schema)));
    }
  }
  const validate = validators.get(kind);
  if (validate === undefined) {
    throw new Error(`No CRD of kind ${kind} in ${CRD_FILE}.`);
  }
  return validate;
}

/**
 * Returns the schema errors of a manifest as readable lines; an empty list means it is valid.
 */
export function schemaErrors(manifest: any): string[] {
  const validate = crdValidator(manifest.kind);
  if (validate(manifest)) {
    return [];
  }
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}
