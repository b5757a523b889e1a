import { CONTROLLER_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container of a long-running workload has a readiness probe.
 */
export const ContainerReadinessProbe: Check = {
  name: 'ContainerReadinessProbe',
  title: 'Containers of long-running workloads have a readiness probe.',
  rationale: 'Without a readiness probe a Pod receives traffic and counts as available before it can serve, which breaks rolling updates.',
  fix: 'Add a `readinessProbe` to every container, pointed at an endpoint that succeeds once the process can serve.',
  kinds: [...CONTROLLER_KINDS, 'Pod'],
  check: checkContainers((c) => {
    if (c.container.readinessProbe) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.readinessProbe`,
      message: `${describeContainer(c)} has no readinessProbe. Add one that succeeds once the container can serve.`,
    }];
  }, { containersOnly: true }),
};
