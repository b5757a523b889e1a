import { Check, ManifestObject, RuleResult } from '../../rule';
import { podSpecOf, selectorMatches } from '../manifest-helpers';
import { replicasOf } from './availability-helpers';

const HOSTNAME = 'kubernetes.io/hostname';

/**
 * Deployments and StatefulSets with more than one replica keep them on different nodes, by pod
 * anti-affinity or a topology spread constraint on the hostname key that selects their own pods.
 */
export const ReplicasSpreadOverNodes: Check = {
  name: 'ReplicasSpreadOverNodes',
  title: 'Replicas run on different nodes',
  rationale: 'Replicas on one node all fail when that node fails or is drained.',
  fix: `Add pod anti-affinity or a topology spread constraint on ${HOSTNAME} that selects the pod labels.`,
  kinds: ['Deployment', 'StatefulSet'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod || replicasOf(object.manifest) < 2) return 'not-applicable';
    const labels = pod.podMetadata.labels ?? {};
    const antiAffinity = pod.spec.affinity?.podAntiAffinity ?? {};
    const terms = [
      ...(antiAffinity.requiredDuringSchedulingIgnoredDuringExecution ?? []),
      ...(antiAffinity.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((weighted: any) => weighted?.podAffinityTerm ?? {}),
      ...(pod.spec.topologySpreadConstraints ?? []),
    ];
    if (terms.some((term: any) => term?.topologyKey === HOSTNAME && selectorMatches(term?.labelSelector, labels))) return 'pass';
    return [{ fieldPath: `${pod.specPath}.affinity`, message: `Nothing keeps these replicas on different nodes. Add pod anti-affinity or a topology spread constraint on ${HOSTNAME}.` }];
  },
};
