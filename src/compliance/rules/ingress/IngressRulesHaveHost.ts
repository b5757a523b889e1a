import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';

/** Every Ingress rule names a host. */
export const IngressRulesHaveHost: Check = {
  name: 'IngressRulesHaveHost',
  title: 'Every Ingress rule names a host',
  rationale: 'A rule without a host matches requests for any host name, so the backend answers traffic meant for other applications.',
  fix: 'Set spec.rules[].host on every rule.',
  kinds: ['Ingress'],
  check(object: ManifestObject): RuleResult {
    const rules: any[] = object.manifest.spec?.rules ?? [];
    if (rules.length === 0) return 'not-applicable';
    return resultOf(rules.flatMap((rule, index) => (typeof rule?.host === 'string' && rule.host !== ''
      ? []
      : [{ fieldPath: `spec.rules[${index}].host`, message: `Rule ${index} has no host, so it matches every host. Set spec.rules[${index}].host.` }])));
  },
};
