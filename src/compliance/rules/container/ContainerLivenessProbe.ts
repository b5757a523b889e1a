import { CONTROLLER_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container of a long-running workload has a liveness probe.
 */
export const ContainerLivenessProbe: Check = {
  name: 'ContainerLivenessProbe',
  title: 'Containers of long-running workloads have a liveness probe.',
  rationale: 'Without a liveness probe the kubelet cannot restart a container that hangs while its process keeps running.',
  fix: 'Add a `livenessProbe` to every container, pointed at an endpoint that fails only when a restart would help.',
  kinds: [...CONTROLLER_KINDS, 'Pod'],
  check: checkContainers((c) => {
    if (c.container.livenessProbe) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.livenessProbe`,
      message: `${describeContainer(c)} has no livenessProbe. Add one that checks the process's health endpoint.`,
    }];
  }, { containersOnly: true }),
};
