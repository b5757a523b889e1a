import { checkPod } from '../../private/manifest';
import { REPLICATED_KINDS } from '../../private/workload';
import { Check, RuleViolation } from '../../rule';

const HOSTNAME_KEY = 'kubernetes.io/hostname';
const ZONE_KEY = 'topology.kubernetes.io/zone';

/**
 * Returns the topology keys that spread the pods: topology spread constraints and pod
 * anti-affinity terms.
 */
function spreadKeys(spec: Record<string, any>): string[] {
  const keys: string[] = (spec.topologySpreadConstraints ?? []).map((constraint: any) => constraint?.topologyKey);
  const antiAffinity = spec.affinity?.podAntiAffinity ?? {};
  for (const term of antiAffinity.requiredDuringSchedulingIgnoredDuringExecution ?? []) {
    keys.push(term?.topologyKey);
  }
  for (const weighted of antiAffinity.preferredDuringSchedulingIgnoredDuringExecution ?? []) {
    keys.push(weighted?.podAffinityTerm?.topologyKey);
  }
  return keys;
}

/**
 * The workload spreads its replicas over nodes and zones, by topology spread constraints or pod
 * anti-affinity.
 */
export const WorkloadTopologySpread: Check = {
  name: 'WorkloadTopologySpread',
  title: 'Replicated workloads spread their Pods over nodes and zones.',
  rationale: 'Replicas that land on one node or in one zone fail together when that node or zone fails.',
  fix: `Add \`topologySpreadConstraints\` (or pod anti-affinity) on \`${HOSTNAME_KEY}\` and \`${ZONE_KEY}\` to the pod spec.`,
  kinds: REPLICATED_KINDS,
  check: checkPod((pod) => {
    const keys = spreadKeys(pod.spec);
    const violations: RuleViolation[] = [];
    for (const [key, what] of [[HOSTNAME_KEY, 'nodes'], [ZONE_KEY, 'zones']]) {
      if (!keys.includes(key)) {
        violations.push({
          fieldPath: `${pod.path}.topologySpreadConstraints`,
          message: `The pods are not spread over ${what}. Add a topologySpreadConstraint on ${key}.`,
        });
      }
    }
    return violations;
  }),
};
