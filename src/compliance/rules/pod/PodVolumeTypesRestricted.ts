import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/** Volume sources that the Pod Security Standards restricted profile allows. */
const ALLOWED_VOLUME_SOURCES = [
  'configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret',
];

/**
 * The pod uses only the volume types the restricted profile allows.
 */
export const PodVolumeTypesRestricted: Check = {
  name: 'PodVolumeTypesRestricted',
  title: 'Pods use only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes.',
  rationale: 'Other volume types reach the node (hostPath) or storage backends directly, outside the cluster\'s storage abstractions.',
  fix: 'Replace other volume types with a PersistentVolumeClaim or one of the allowed sources.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    (pod.spec.volumes ?? []).forEach((volume: any, index: number) => {
      const sources = Object.keys(volume ?? {}).filter((key) => key !== 'name');
      const disallowed = sources.filter((source) => !ALLOWED_VOLUME_SOURCES.includes(source));
      if (disallowed.length > 0) {
        violations.push({
          fieldPath: `${pod.path}.volumes[${index}].${disallowed[0]}`,
          message: `Volume '${volume.name}' uses the ${disallowed.join(', ')} source. Use a PersistentVolumeClaim or one of ${ALLOWED_VOLUME_SOURCES.join(', ')}.`,
        });
      }
    });
    return violations;
  }),
};
