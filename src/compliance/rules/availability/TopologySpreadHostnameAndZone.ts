import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { podSpecOf, resultOf } from '../manifest-helpers';
import { replicasOf } from './availability-helpers';

const KEYS = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'];

/** Deployments and StatefulSets with three or more replicas spread them by topology spread constraints over hostname and zone. */
export const TopologySpreadHostnameAndZone: Check = {
  name: 'TopologySpreadHostnameAndZone',
  title: 'Three or more replicas are spread over nodes and zones',
  rationale: 'Replicas on one node or in one zone fail together.',
  fix: 'Add topologySpreadConstraints with topologyKey kubernetes.io/hostname and topology.kubernetes.io/zone.',
  kinds: ['Deployment', 'StatefulSet'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod || replicasOf(object.manifest) < 3) return 'not-applicable';
    const keys = (pod.spec.topologySpreadConstraints ?? []).map((constraint: any) => constraint?.topologyKey);
    const violations: RuleViolation[] = KEYS.filter((key) => !keys.includes(key)).map((key) => ({
      fieldPath: `${pod.specPath}.topologySpreadConstraints`,
      message: `No topology spread constraint uses ${key}. Add one.`,
    }));
    return resultOf(violations);
  },
};
