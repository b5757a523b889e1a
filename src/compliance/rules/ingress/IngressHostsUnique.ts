import { Check, ManifestObject, RuleResult } from '../../rule';
import { objectsOfKind, resultOf } from '../manifest-helpers';

/**
 * No two Ingresses of the app claim the same host.
 *
 * NOTE: Ingresses outside the app are invisible; the check compares the app's own objects only.
 */
export const IngressHostsUnique: Check = {
  name: 'IngressHostsUnique',
  title: 'Ingress hosts are unique',
  rationale: 'When two Ingresses claim one host, the controller picks one of them and the other application silently loses traffic.',
  fix: 'Give each Ingress its own host, or merge the rules into one Ingress.',
  kinds: ['Ingress'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const rules: any[] = object.manifest.spec?.rules ?? [];
    if (!rules.some((rule) => typeof rule?.host === 'string')) return 'not-applicable';
    const others = objectsOfKind(all, 'Ingress').filter((other) => other !== object);
    return resultOf(rules.flatMap((rule, index) => {
      const clash = others.find((other) => (other.manifest.spec?.rules ?? []).some((otherRule: any) => otherRule?.host === rule?.host));
      return rule?.host && clash
        ? [{ fieldPath: `spec.rules[${index}].host`, message: `Host "${rule.host}" is also claimed by Ingress "${clash.manifest.metadata?.name}". Give each Ingress its own host.` }]
        : [];
    }));
  },
};
