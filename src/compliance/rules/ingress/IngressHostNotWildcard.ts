import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';

/** No Ingress rule uses the bare wildcard host `*`. */
export const IngressHostNotWildcard: Check = {
  name: 'IngressHostNotWildcard',
  title: 'Ingress rules do not use the host "*"',
  rationale: 'A rule for every host sends all traffic that reaches the ingress controller to one backend.',
  fix: 'Set spec.rules[].host to the host names that the backend serves.',
  kinds: ['Ingress'],
  check(object: ManifestObject): RuleResult {
    const rules: any[] = object.manifest.spec?.rules ?? [];
    return resultOf(rules.flatMap((rule, index) => (rule?.host === '*'
      ? [{ fieldPath: `spec.rules[${index}].host`, message: 'The rule host is "*", which matches every host. Name the host that the backend serves.' }]
      : [])));
  },
};
