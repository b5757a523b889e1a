import { ManifestObject } from '../../rule';

// Helpers shared by the checks over cert-manager Issuer, ClusterIssuer and Certificate manifests.
// They read plain JSON, so objects written by hand as ApiObjects are judged like the constructs' output.

/** Kinds of cert-manager issuers. */
export const ISSUER_KINDS = ['Issuer', 'ClusterIssuer'];

/**
 * Returns whether a manifest belongs to cert-manager's `cert-manager.io` API group, so that
 * objects of another group that reuse a kind name are not judged.
 */
export function isCertManagerObject(object: ManifestObject): boolean {
  return String(object.manifest.apiVersion ?? '').startsWith('cert-manager.io/');
}

/** One ACME solver of an issuer with its field path. */
export interface SolverLocation {
  readonly solver: Record<string, any>;
  /** Field path, for example `spec.acme.solvers[0]`. */
  readonly path: string;
}

/** Lists the ACME solvers of an Issuer or ClusterIssuer manifest. */
export function acmeSolversOf(manifest: Record<string, any>): SolverLocation[] {
  const solvers = manifest.spec?.acme?.solvers;
  if (!Array.isArray(solvers)) {
    return [];
  }
  return solvers.map((solver: any, index: number) => ({ solver: solver ?? {}, path: `spec.acme.solvers[${index}]` }));
}

/** Returns `<kind>/<name>` of a manifest for messages. */
export function describeObject(manifest: Record<string, any>): string {
  return `${manifest.kind}/${manifest.metadata?.name ?? '<unnamed>'}`;
}
