import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, containersOf, podSpecOf, resultOf } from '../manifest-helpers';

/** Pods reference no Secret, neither through environment variables nor through volumes. */
export const PodUsesNoSecrets: Check = {
  name: 'PodUsesNoSecrets',
  title: 'Pods use no Secrets',
  rationale: 'Where credentials come from an external store or workload identity, a pod that reads a Secret shows a credential that bypasses it.',
  fix: 'Remove the Secret references, or suppress the finding for pods that must read Secrets.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const violations: RuleViolation[] = [];
    (pod.spec.volumes ?? []).forEach((volume: any, index: number) => {
      const projected = (volume?.projected?.sources ?? []).some((source: any) => source?.secret);
      if (volume?.secret || projected) violations.push({ fieldPath: `${pod.specPath}.volumes[${index}]`, message: `Volume "${volume.name}" mounts a Secret. Remove it.` });
    });
    for (const location of containersOf(pod, { init: true, ephemeral: true })) {
      (location.container.env ?? []).forEach((variable: any, index: number) => {
        if (variable?.valueFrom?.secretKeyRef) violations.push({ fieldPath: `${location.path}.env[${index}]`, message: `Variable ${variable.name} reads a Secret. Remove it.` });
      });
      (location.container.envFrom ?? []).forEach((source: any, index: number) => {
        if (source?.secretRef) violations.push({ fieldPath: `${location.path}.envFrom[${index}]`, message: `envFrom reads Secret "${source.secretRef.name}". Remove it.` });
      });
    }
    return resultOf(violations);
  },
};
