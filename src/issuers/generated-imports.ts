import type * as CertManagerImports from '../imports/cert-manager.io';

let loaded: typeof CertManagerImports | undefined;

/**
 * Returns the classes that cdk8s generated from cert-manager's CRDs, loading them on first use.
 * The module takes about 25 ms of CPU to load (measured with bench/run.js), which apps that
 * declare no issuer or certificate need not pay.
 */
export function certManagerImports(): typeof CertManagerImports {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('../imports/cert-manager.io') as typeof CertManagerImports;
  return loaded;
}
