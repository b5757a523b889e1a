import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { podSpecOf, resultOf, selectorMatches } from '../manifest-helpers';

/**
 * Deployments and StatefulSets set topology spread constraints whose label selectors match their
 * own pods.
 */
export const TopologySpreadSelectsOwnPods: Check = {
  name: 'TopologySpreadSelectsOwnPods',
  title: 'Topology spread constraints select the workload\'s own pods',
  rationale: 'A constraint that selects other pods, or none, does not spread this workload\'s replicas.',
  fix: 'Add spec.template.spec.topologySpreadConstraints whose labelSelector matches the pod template labels.',
  kinds: ['Deployment', 'StatefulSet'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const constraints: any[] = pod.spec.topologySpreadConstraints ?? [];
    const path = `${pod.specPath}.topologySpreadConstraints`;
    if (constraints.length === 0) return [{ fieldPath: path, message: 'The pods set no topologySpreadConstraints. Add constraints over nodes and zones.' }];
    const labels = pod.podMetadata.labels ?? {};
    const violations: RuleViolation[] = [];
    constraints.forEach((constraint, index) => {
      if (!selectorMatches(constraint?.labelSelector, labels)) {
        violations.push({ fieldPath: `${path}[${index}].labelSelector`, message: `Constraint ${index} does not select the workload's own pods. Make its labelSelector match the pod template labels.` });
      }
    });
    return resultOf(violations);
  },
};
