import { Check, ManifestObject, RuleResult } from '../../rule';
import { LONG_RUNNING_POD_KINDS, podSpecOf } from '../manifest-helpers';

/** Long-running pods set at least one topology spread constraint. */
export const TopologySpreadPresent: Check = {
  name: 'TopologySpreadPresent',
  title: 'Pods set a topology spread constraint',
  rationale: 'Spread constraints keep replicas on different nodes or zones, so one failure does not take them all.',
  fix: 'Add spec.topologySpreadConstraints with topologyKey kubernetes.io/hostname or topology.kubernetes.io/zone.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const constraints = pod.spec.topologySpreadConstraints;
    if (Array.isArray(constraints) && constraints.length > 0) return 'pass';
    return [{ fieldPath: `${pod.specPath}.topologySpreadConstraints`, message: 'The pods set no topologySpreadConstraints. Add one over kubernetes.io/hostname or topology.kubernetes.io/zone.' }];
  },
};
