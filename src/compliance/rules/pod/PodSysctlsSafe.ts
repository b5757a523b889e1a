import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/** Sysctls that the Pod Security Standards baseline profile allows (Kubernetes 1.29 list). */
const SAFE_SYSCTLS = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.ping_group_range',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_syncookies',
];

/**
 * The pod sets only namespaced sysctls from the safe list.
 */
export const PodSysctlsSafe: Check = {
  name: 'PodSysctlsSafe',
  title: 'Pods set only sysctls from the safe list.',
  rationale: 'Other sysctls can affect every Pod on the node or the node\'s kernel itself.',
  fix: `Remove every entry of \`securityContext.sysctls\` other than ${SAFE_SYSCTLS.join(', ')}.`,
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    (pod.spec.securityContext?.sysctls ?? []).forEach((sysctl: any, index: number) => {
      if (!SAFE_SYSCTLS.includes(sysctl?.name)) {
        violations.push({
          fieldPath: `${pod.path}.securityContext.sysctls[${index}].name`,
          message: `The pod sets sysctl ${sysctl?.name}, which is not on the safe list. Remove it.`,
        });
      }
    });
    return violations;
  }),
};
