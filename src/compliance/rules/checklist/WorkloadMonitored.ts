import { derivedFrom } from '../../private/lookup';
import { SelectorIndex, labelSelectorRequirements } from '../../private/selector-index';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { serviceCandidates } from '../availability/availability-helpers';
import { LONG_RUNNING_POD_KINDS, mapSelectorMatches, namespaceOf, objectsOfKind, podSpecOf, sameNamespace, selectorMatches } from '../manifest-helpers';

function namespaceSelected(monitor: Record<string, any>, workload: Record<string, any>): boolean {
  const selector = monitor.spec?.namespaceSelector;
  if (selector?.any === true) return true;
  if (Array.isArray(selector?.matchNames)) return selector.matchNames.includes(workload.metadata?.namespace);
  return sameNamespace(monitor, workload);
}

/**
 * Files monitors of a kind by the namespaces `namespaceSelected` lets them reach, under one of
 * three group keys: `['any']`, `['name', namespace]` for each listed name (compared as
 * `includes` does), and `['same', namespace]` with an unset namespace counted as ''.
 */
function indexMonitors(monitors: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  const index = new SelectorIndex<ManifestObject>();
  for (const monitor of monitors) {
    const requirements = labelSelectorRequirements(monitor.manifest.spec?.selector);
    const selector = monitor.manifest.spec?.namespaceSelector;
    if (selector?.any === true) {
      index.add(['any'], monitor, requirements);
    } else if (Array.isArray(selector?.matchNames)) {
      for (const name of new Set(selector.matchNames)) {
        index.add(['name', name], monitor, requirements);
      }
    } else {
      index.add(['same', namespaceOf(monitor.manifest) ?? ''], monitor, requirements);
    }
  }
  return index;
}

function indexPodMonitors(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  return indexMonitors(objectsOfKind(all as ManifestObject[], 'PodMonitor'));
}

function indexServiceMonitors(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  return indexMonitors(objectsOfKind(all as ManifestObject[], 'ServiceMonitor'));
}

/**
 * Returns the monitors of an index that may select an object with these labels, in app order: a
 * superset of those that do, so callers still test them.
 */
function monitorCandidates(index: SelectorIndex<ManifestObject>, object: Record<string, any>, labels: unknown): readonly ManifestObject[] {
  return index.candidates([['any'], ['name', object.metadata?.namespace], ['same', namespaceOf(object) ?? '']], labels);
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
    const podMonitored = monitorCandidates(derivedFrom(all, indexPodMonitors), object.manifest, labels).some((monitor) =>
      namespaceSelected(monitor.manifest, object.manifest) && selectorMatches(monitor.manifest.spec?.selector, labels));
    const services = serviceCandidates(all, namespaceOf(object.manifest), labels).filter((service) =>
      sameNamespace(service.manifest, object.manifest) && mapSelectorMatches(service.manifest.spec?.selector, labels));
    // Monitors are tried in app order and each against every Service, as a scan of all monitors
    // would, so that a selector that cannot be read fails the same way.
    const serviceMonitors = derivedFrom(all, indexServiceMonitors);
    const candidates = serviceMonitors.sorted(services.flatMap((service) =>
      monitorCandidates(serviceMonitors, service.manifest, service.manifest.metadata?.labels ?? {})));
    const serviceMonitored = candidates.some((monitor) => services.some((service) => {
      const serviceLabels = service.manifest.metadata?.labels ?? {};
      return namespaceSelected(monitor.manifest, service.manifest) && selectorMatches(monitor.manifest.spec?.selector, serviceLabels);
    }));
    if (podMonitored || serviceMonitored) return 'pass';
    return [{ fieldPath: `${pod.podMetadataPath}.labels`, message: 'No PodMonitor or ServiceMonitor of the app covers these pods. Add one.' }];
  },
};
