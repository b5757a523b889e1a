import * as fs from 'fs';
import * as path from 'path';
import { ChartContext, cloneJson, Manifest, truthy } from '../context';

/** The chart's CRDs in the order of its template files (`crd-<group>_<plural>.yaml`). */
const CRD_NAMES = [
  'challenges.acme.cert-manager.io',
  'orders.acme.cert-manager.io',
  'certificaterequests.cert-manager.io',
  'certificates.cert-manager.io',
  'clusterissuers.cert-manager.io',
  'issuers.cert-manager.io',
];

/**
 * The `crds/` folder at the package root. It is three levels up both from
 * `src/chart/templates/` (tests) and from `lib/chart/templates/` (compiled package).
 */
const CRD_DIRECTORY = path.join(__dirname, '..', '..', '..', 'crds');

const loaded = new Map<string, Manifest>();

/** Reads one CRD's untemplated fields (apiVersion, kind, name and spec) on first use. */
function loadCrd(name: string): Manifest {
  let crd = loaded.get(name);
  if (crd === undefined) {
    crd = JSON.parse(fs.readFileSync(path.join(CRD_DIRECTORY, `${name}.json`), 'utf8')) as Manifest;
    loaded.set(name, crd);
  }
  return crd;
}

/**
 * Renders the six cert-manager CustomResourceDefinitions when `crds.enabled` or the deprecated
 * `installCRDs` is set. With `crds.keep` they carry `helm.sh/resource-policy: keep`, so that
 * Helm leaves them, and with them every certificate resource, in place on uninstall.
 *
 * The chart defines a check that rejects `installCRDs` together with `crds.enabled` or with
 * `crds.keep: false`, but v1.21.1 never calls it, so those combinations render. This port renders them too.
 */
export function renderCrds(ctx: ChartContext): Manifest[] {
  const values = ctx.values;
  if (!truthy(values.crds?.enabled) && !truthy(values.installCRDs)) {
    return [];
  }
  const keep = truthy(values.crds?.keep);
  return CRD_NAMES.map((name) => {
    const { metadata, ...rest } = cloneJson(loadCrd(name));
    const renderedMetadata: Manifest['metadata'] = { ...metadata };
    if (keep) {
      renderedMetadata.annotations = { 'helm.sh/resource-policy': 'keep' };
    }
    renderedMetadata.labels = ctx.crdLabels();
    return { ...rest, metadata: renderedMetadata } as Manifest;
  });
}
