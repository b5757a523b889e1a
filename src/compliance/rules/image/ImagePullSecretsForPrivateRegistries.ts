import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, containersOf, parseImage, podSpecOf } from '../manifest-helpers';

/** Public registries whose images need no pull secret. */
export const PUBLIC_REGISTRIES = ['docker.io', 'registry.k8s.io', 'quay.io', 'ghcr.io', 'gcr.io', 'mcr.microsoft.com', 'public.ecr.aws'];

/**
 * Pods that pull from a registry outside the public list set `imagePullSecrets`.
 *
 * NOTE: nodes may hold registry credentials of their own (for example through a cloud provider's
 * credential helper); such pods fail here and need a suppression.
 */
export const ImagePullSecretsForPrivateRegistries: Check = {
  name: 'ImagePullSecretsForPrivateRegistries',
  title: 'Pods that pull from private registries set pull secrets',
  rationale: 'Without pull secrets the kubelet cannot authenticate to a private registry and the pod never starts.',
  fix: 'Add spec.imagePullSecrets naming a Secret of type kubernetes.io/dockerconfigjson for the registry.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const privateImages = containersOf(pod, { init: true, ephemeral: true })
      .map((location) => String(location.container.image ?? ''))
      .filter((image) => image !== '' && !PUBLIC_REGISTRIES.includes(parseImage(image).registry));
    if (privateImages.length === 0) return 'not-applicable';
    if (Array.isArray(pod.spec.imagePullSecrets) && pod.spec.imagePullSecrets.length > 0) return 'pass';
    return [{
      fieldPath: `${pod.specPath}.imagePullSecrets`,
      message: `Image "${privateImages[0]}" comes from a registry outside the public list, and the pod sets no imagePullSecrets. Add spec.imagePullSecrets.`,
    }];
  },
};
