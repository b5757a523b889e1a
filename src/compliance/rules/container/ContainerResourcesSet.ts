import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * Every container sets CPU and memory requests and limits.
 */
export const ContainerResourcesSet: Check = {
  name: 'ContainerResourcesSet',
  title: 'Containers set CPU and memory requests and limits.',
  rationale: 'Requests let the scheduler place Pods where they fit. Limits stop one container from exhausting the node and starving its neighbours.',
  fix: 'Set `resources.requests.cpu`, `resources.requests.memory`, `resources.limits.cpu` and `resources.limits.memory` on every container.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const violations: RuleViolation[] = [];
    for (const section of ['requests', 'limits']) {
      for (const resource of ['cpu', 'memory']) {
        const value = c.container.resources?.[section]?.[resource];
        if (value === undefined || value === null || value === '') {
          violations.push({
            fieldPath: `${c.path}.resources.${section}.${resource}`,
            message: `${describeContainer(c)} has no ${resource} ${section === 'requests' ? 'request' : 'limit'}. Set resources.${section}.${resource}.`,
          });
        }
      }
    }
    return violations;
  }, { containersOnly: true }),
};
