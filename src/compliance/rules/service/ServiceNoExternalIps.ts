import { Check, ManifestObject, RuleResult } from '../../rule';

/** Services set no `spec.externalIPs`. */
export const ServiceNoExternalIps: Check = {
  name: 'ServiceNoExternalIps',
  title: 'Services set no external IPs',
  rationale: 'Whoever can set externalIPs can intercept traffic to those addresses from inside the cluster (CVE-2020-8554).',
  fix: 'Remove spec.externalIPs and use a LoadBalancer or an Ingress.',
  kinds: ['Service'],
  check(object: ManifestObject): RuleResult {
    const ips = object.manifest.spec?.externalIPs;
    if (Array.isArray(ips) && ips.length > 0) {
      return [{ fieldPath: 'spec.externalIPs', message: `The Service sets externalIPs ${ips.join(', ')}. Remove spec.externalIPs.` }];
    }
    return 'pass';
  },
};
