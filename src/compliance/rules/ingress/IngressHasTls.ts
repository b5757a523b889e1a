import { Check, ManifestObject, RuleResult } from '../../rule';

/** Ingresses configure TLS. */
export const IngressHasTls: Check = {
  name: 'IngressHasTls',
  title: 'Ingresses terminate TLS',
  rationale: 'Without spec.tls the ingress controller serves the hosts over plain HTTP.',
  fix: 'Add spec.tls with the hosts and the Secret of their certificate, for example one that cert-manager issues.',
  kinds: ['Ingress'],
  check(object: ManifestObject): RuleResult {
    const tls = object.manifest.spec?.tls;
    if (Array.isArray(tls) && tls.length > 0) return 'pass';
    return [{ fieldPath: 'spec.tls', message: 'The Ingress has no spec.tls, so it serves plain HTTP. Add spec.tls with a certificate Secret.' }];
  },
};
