import { KeyedLists, derivedFrom } from '../../private/lookup';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { objectsOfKind, resultOf } from '../manifest-helpers';

interface HostIndex {
  /** Ingresses by the host of each of their rules, in app order. */
  readonly byHost: KeyedLists<ManifestObject>;
  /** Ingresses whose `spec.rules` is set but not a list; they are candidates for every host. */
  readonly irregular: ManifestObject[];
  readonly position: Map<ManifestObject, number>;
}

function indexHosts(all: readonly ManifestObject[]): HostIndex {
  const index: HostIndex = { byHost: new KeyedLists(), irregular: [], position: new Map() };
  objectsOfKind(all as ManifestObject[], 'Ingress').forEach((ingress, position) => {
    if (!index.position.has(ingress)) {
      index.position.set(ingress, position);
    }
    const rules = ingress.manifest.spec?.rules ?? [];
    if (!Array.isArray(rules)) {
      index.irregular.push(ingress);
      return;
    }
    for (const host of new Set(rules.map((rule) => rule?.host))) {
      index.byHost.add([host], ingress);
    }
  });
  return index;
}

/**
 * Returns the Ingresses that may have a rule for the host, in app order: a superset of those that
 * do, so callers still compare the hosts. Callers must not change the result.
 */
function candidatesFor(index: HostIndex, host: unknown): readonly ManifestObject[] {
  const withHost = index.byHost.get([host]);
  if (index.irregular.length === 0) {
    return withHost;
  }
  return [...withHost, ...index.irregular].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

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
    const index = derivedFrom(all, indexHosts);
    return resultOf(rules.flatMap((rule, ruleIndex) => {
      const clash = candidatesFor(index, rule?.host).find((other) => other !== object
        && (other.manifest.spec?.rules ?? []).some((otherRule: any) => otherRule?.host === rule?.host));
      return rule?.host && clash
        ? [{ fieldPath: `spec.rules[${ruleIndex}].host`, message: `Host "${rule.host}" is also claimed by Ingress "${clash.manifest.metadata?.name}". Give each Ingress its own host.` }]
        : [];
    }));
  },
};
