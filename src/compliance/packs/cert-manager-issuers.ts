import { ISSUER_BASELINE_ENTRIES } from '../../issuers/checks';
import { Pack } from '../rule';

/**
 * This library's own rules for Issuer, ClusterIssuer and Certificate objects: key strength,
 * rotation, lifetimes, inline credentials, ACME account email, ClusterIssuer credential scope and
 * HTTP-01 solver pods. The ids `CMI-*` are proposed by this library.
 */
export const CERT_MANAGER_ISSUERS_PACK: Pack = {
  name: 'cert-manager-issuers',
  prefix: 'CMI',
  source: 'cdk8s-cert-manager rules for Issuer, ClusterIssuer and Certificate objects, with proposed ids',
  entries: ISSUER_BASELINE_ENTRIES,
};
