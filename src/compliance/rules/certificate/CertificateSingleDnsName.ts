import { Check, ManifestObject, RuleResult } from '../../rule';

/** cert-manager Certificates name at most one DNS name. */
export const CertificateSingleDnsName: Check = {
  name: 'CertificateSingleDnsName',
  title: 'Certificates name at most one DNS name',
  rationale: 'A certificate for many names exposes all of them when one service leaks its key.',
  fix: 'Split spec.dnsNames into one Certificate per name.',
  kinds: ['Certificate'],
  check(object: ManifestObject): RuleResult {
    if (!String(object.manifest.apiVersion ?? '').startsWith('cert-manager.io/')) return 'not-applicable';
    const names = object.manifest.spec?.dnsNames;
    if (!Array.isArray(names) || names.length <= 1) return 'pass';
    return [{ fieldPath: 'spec.dnsNames', message: `The Certificate names ${names.length} DNS names. Issue one Certificate per name.` }];
  },
};
