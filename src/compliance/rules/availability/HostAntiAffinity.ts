import { Check, ManifestObject, RuleResult } from '../../rule';
import { podSpecOf, restrictKinds, selectorMatches } from '../manifest-helpers';
import { replicasOf } from './availability-helpers';

const SPREAD_KEYS = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone', 'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/region'];

/**
 * Deployments and StatefulSets with two or more replicas have a pod anti-affinity term that
 * matches their own pods on the hostname, zone or region key.
 */
export const HostAntiAffinity: Check = {
  name: 'HostAntiAffinity',
  title: 'Replicas are kept apart by pod anti-affinity',
  rationale: 'Without anti-affinity the scheduler may put every replica on one node, which then takes the whole service down.',
  fix: 'Add a pod anti-affinity term whose labelSelector matches the pod labels, with topologyKey kubernetes.io/hostname.',
  kinds: ['Deployment', 'StatefulSet'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod || replicasOf(object.manifest) < 2) return 'not-applicable';
    const antiAffinity = pod.spec.affinity?.podAntiAffinity ?? {};
    const terms = [
      ...(antiAffinity.requiredDuringSchedulingIgnoredDuringExecution ?? []),
      ...(antiAffinity.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((weighted: any) => weighted?.podAffinityTerm ?? {}),
    ];
    const labels = pod.podMetadata.labels ?? {};
    if (terms.some((term: any) => SPREAD_KEYS.includes(term?.topologyKey) && selectorMatches(term?.labelSelector, labels))) return 'pass';
    return [{
      fieldPath: `${pod.specPath}.affinity.podAntiAffinity`,
      message: 'No pod anti-affinity term keeps these replicas apart. Add one that selects the pod labels with topologyKey kubernetes.io/hostname.',
    }];
  },
};

/** Deployments keep their replicas apart by pod anti-affinity. */
export const DeploymentHostAntiAffinity = restrictKinds(HostAntiAffinity, 'DeploymentHostAntiAffinity', ['Deployment']);
/** StatefulSets keep their replicas apart by pod anti-affinity. */
export const StatefulSetHostAntiAffinity = restrictKinds(HostAntiAffinity, 'StatefulSetHostAntiAffinity', ['StatefulSet']);
