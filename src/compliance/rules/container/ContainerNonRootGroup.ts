import { POD_KINDS, checkPod, containersOf, describeContainer, effectiveSecurityContext } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * Every container runs with a non-zero primary group, and the pod adds no group 0.
 */
export const ContainerNonRootGroup: Check = {
  name: 'ContainerNonRootGroup',
  title: 'Containers run with a non-root primary group and no root supplemental group.',
  rationale: 'Group 0 owns many files on the node and in images. A process in group 0 can read or write them after an escape.',
  fix: 'Set `securityContext.runAsGroup` to a non-zero id on the pod or every container, and keep 0 out of `fsGroup` and `supplementalGroups`.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    for (const c of containersOf(pod)) {
      const group = effectiveSecurityContext(c, pod, 'runAsGroup');
      if (typeof group.value !== 'number' || group.value === 0) {
        const shown = group.value === undefined ? 'unset (the image decides, often 0)' : group.value;
        violations.push({
          fieldPath: group.path,
          message: `${describeContainer(c)} has runAsGroup ${shown}. Set runAsGroup to a non-zero id.`,
        });
      }
    }
    const podContext = pod.spec.securityContext ?? {};
    if (podContext.fsGroup === 0) {
      violations.push({ fieldPath: `${pod.path}.securityContext.fsGroup`, message: 'The pod sets fsGroup 0. Set fsGroup to a non-zero id.' });
    }
    if ((podContext.supplementalGroups ?? []).includes(0)) {
      violations.push({ fieldPath: `${pod.path}.securityContext.supplementalGroups`, message: 'The pod adds supplemental group 0. Remove 0 from supplementalGroups.' });
    }
    return violations;
  }),
};
