import { Check, ManifestObject, RuleResult } from '../../rule';
import { podSpecOf, resultOf } from '../manifest-helpers';

/** Every pod anti-affinity term names a `topologyKey`. */
export const AntiAffinityTermsHaveTopologyKey: Check = {
  name: 'AntiAffinityTermsHaveTopologyKey',
  title: 'Pod anti-affinity terms name a topology key',
  rationale: 'The topology key says what the replicas are kept apart on; a term without one is rejected or spreads nothing.',
  fix: 'Set topologyKey, for example kubernetes.io/hostname, on every pod anti-affinity term.',
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const antiAffinity = pod.spec.affinity?.podAntiAffinity;
    if (!antiAffinity) return 'not-applicable';
    const base = `${pod.specPath}.affinity.podAntiAffinity`;
    const required = (antiAffinity.requiredDuringSchedulingIgnoredDuringExecution ?? []).map((term: any, index: number) =>
      ({ term, path: `${base}.requiredDuringSchedulingIgnoredDuringExecution[${index}].topologyKey` }));
    const preferred = (antiAffinity.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((weighted: any, index: number) =>
      ({ term: weighted?.podAffinityTerm, path: `${base}.preferredDuringSchedulingIgnoredDuringExecution[${index}].podAffinityTerm.topologyKey` }));
    return resultOf([...required, ...preferred]
      .filter(({ term }) => typeof term?.topologyKey !== 'string' || term.topologyKey === '')
      .map(({ path }) => ({ fieldPath: path, message: 'The anti-affinity term has no topologyKey. Set it, for example to kubernetes.io/hostname.' })));
  },
};
