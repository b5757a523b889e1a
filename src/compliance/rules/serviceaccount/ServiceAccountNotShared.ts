import { KeyedLists, derivedFrom } from '../../private/lookup';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, PodSpecLocation, namespaceOf, podSpecOf, sameNamespace, workloadsOf } from '../manifest-helpers';

/** Workloads by namespace (unset counts as '') and ServiceAccount name, in app order. */
function indexByAccount(all: readonly ManifestObject[]): KeyedLists<{ object: ManifestObject; pod: PodSpecLocation }> {
  const index = new KeyedLists<{ object: ManifestObject; pod: PodSpecLocation }>();
  for (const workload of workloadsOf(all as ManifestObject[])) {
    index.add([namespaceOf(workload.object.manifest) ?? '', workload.pod.spec.serviceAccountName ?? 'default'], workload);
  }
  return index;
}

/** No two workloads of the app in one namespace run as the same ServiceAccount. */
export const ServiceAccountNotShared: Check = {
  name: 'ServiceAccountNotShared',
  title: 'Each workload has its own ServiceAccount',
  rationale: 'Workloads that share a ServiceAccount share its RBAC rights, so each gets what the others need.',
  fix: 'Give each workload its own ServiceAccount and bind only the rights it needs.',
  kinds: POD_KINDS,
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const account = pod.spec.serviceAccountName ?? 'default';
    const candidates = derivedFrom(all, indexByAccount).get([namespaceOf(object.manifest) ?? '', account]);
    const other = candidates.find(({ object: candidate, pod: candidatePod }) => candidate !== object
      && sameNamespace(candidate.manifest, object.manifest) && (candidatePod.spec.serviceAccountName ?? 'default') === account);
    if (!other) return 'pass';
    return [{
      fieldPath: `${pod.specPath}.serviceAccountName`,
      message: `ServiceAccount "${account}" is also used by ${other.object.manifest.kind}/${other.object.manifest.metadata?.name}. Give each workload its own ServiceAccount.`,
    }];
  },
};
