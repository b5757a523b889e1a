import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * The pod mounts no hostPath volume.
 */
export const PodNoHostPathVolumes: Check = {
  name: 'PodNoHostPathVolumes',
  title: 'Pods mount no hostPath volumes.',
  rationale: 'A hostPath volume gives the container the node\'s files, from which it can read credentials or escape.',
  fix: 'Replace `hostPath` volumes with `emptyDir`, ConfigMap, Secret, projected or persistent volumes.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    (pod.spec.volumes ?? []).forEach((volume: any, index: number) => {
      if (volume?.hostPath) {
        violations.push({
          fieldPath: `${pod.path}.volumes[${index}].hostPath`,
          message: `Volume '${volume.name}' mounts host path ${volume.hostPath.path}. Replace it with an emptyDir or another non-host volume.`,
        });
      }
    });
    return violations;
  }),
};
