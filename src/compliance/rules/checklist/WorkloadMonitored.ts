import { Check, ManifestObject, RuleResult } from '../../rule';
import { LONG_RUNNING_POD_KINDS, mapSelectorMatches, objectsOfKind, podSpecOf, sameNamespace, selectorMatches } from '../manifest-helpers';

function namespaceSelected(monitor: Record<string, any>, workload: Record<string, any>): boolean {
  const selector = monitor.spec?.namespaceSelector;
  if (selector?.any === true) return true;
  if (Array.isArray(selector?.matchNames)) return selector.matchNames.includes(workload.metadata?.namespace);
  return sameNamespace(monitor, workload);
}

/**
 * A Prometheus Operator PodMonitor selects the workload's pods, or a ServiceMonitor selects a
 * Service of the app that fronts them.
 */
export const WorkloadMonitored: Check = {
  name: 'WorkloadMonitored',
  title: 'Workloads are scraped for metrics',
  rationale: 'Without metrics the health of the workload is visible only once users notice failures.',
  fix: 'Add a PodMonitor for the pods, or a ServiceMonitor for a Service that selects them.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const labels = pod.podMetadata.labels ?? {};
    const podMonitored = objectsOfKind(all, 'PodMonitor').some((monitor) =>
      namespaceSelected(monitor.manifest, object.manifest) && selectorMatches(monitor.manifest.spec?.selector, labels));
    const services = objectsOfKind(all, 'Service').filter((service) =>
      sameNamespace(service.manifest, object.manifest) && mapSelectorMatches(service.manifest.spec?.selector, labels));
    const serviceMonitored = objectsOfKind(all, 'ServiceMonitor').some((monitor) => services.some((service) => {
      const serviceLabels = service.manifest.metadata?.labels ?? {};
      return namespaceSelected(monitor.manifest, service.manifest) && selectorMatches(monitor.manifest.spec?.selector, serviceLabels);
    }));
    if (podMonitored || serviceMonitored) return 'pass';
    return [{ fieldPath: `${pod.podMetadataPath}.labels`, message: 'No PodMonitor or ServiceMonitor of the app covers these pods. Add one.' }];
  },
};
