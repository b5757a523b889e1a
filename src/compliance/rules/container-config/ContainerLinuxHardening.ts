import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

function seccompConfined(type: unknown): boolean {
  return typeof type === 'string' && type !== '' && type !== 'Unconfined';
}

/**
 * Every container is restricted by at least one Linux hardening mechanism: an AppArmor profile,
 * a seccomp profile other than Unconfined, SELinux options, or dropped capabilities.
 */
export const ContainerLinuxHardening: Check = {
  name: 'ContainerLinuxHardening',
  title: 'Containers use AppArmor, seccomp, SELinux or dropped capabilities',
  rationale: 'Each mechanism narrows what a compromised process can do in the kernel; a container with none runs with the runtime\'s full default rights.',
  fix: 'Set a RuntimeDefault seccomp profile, or drop capabilities, on the pod or the container.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, {}, (location, pod) => {
      const context = location.container.securityContext ?? {};
      const podContext = pod.spec.securityContext ?? {};
      const appArmor = pod.podMetadata.annotations?.[`container.apparmor.security.beta.kubernetes.io/${location.container.name}`]
        || context.appArmorProfile || podContext.appArmorProfile;
      const ownSeccomp = context.seccompProfile?.type;
      const seccomp = ownSeccomp !== undefined ? seccompConfined(ownSeccomp) : seccompConfined(podContext.seccompProfile?.type);
      const seLinux = Object.keys(context.seLinuxOptions ?? podContext.seLinuxOptions ?? {}).length > 0;
      const added: string[] = context.capabilities?.add ?? [];
      const dropped = (context.capabilities?.drop ?? []).length > 0 && !added.some((capability) => String(capability).toUpperCase() === 'ALL');
      if (appArmor || seccomp || seLinux || dropped) return undefined;
      return {
        fieldPath: `${location.path}.securityContext`,
        message: `${containerName(location)} uses no AppArmor profile, seccomp profile, SELinux options or dropped capabilities. Set seccompProfile RuntimeDefault or drop capabilities.`,
      };
    });
  },
};
