import { certManagerComponentOf } from '../../private/cert-manager';
import { Check } from '../../rule';

const OS_LABEL = 'kubernetes.io/os';

/**
 * cert-manager Pods keep the `kubernetes.io/os: linux` node selector.
 */
export const CertManagerLinuxNodeSelector: Check = {
  name: 'CertManagerLinuxNodeSelector',
  title: `cert-manager Pods keep the \`${OS_LABEL}: linux\` node selector.`,
  rationale: 'cert-manager publishes Linux images only. A custom node selector that drops the OS label lets Pods land on Windows nodes, where they cannot start.',
  fix: `Keep \`${OS_LABEL}: linux\` in \`nodeSelector\` when adding other labels to it.`,
  kinds: ['Deployment', 'Job'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found) {
      return 'not-applicable';
    }
    const value = found.pod.spec.nodeSelector?.[OS_LABEL];
    if (value === 'linux') {
      return 'pass';
    }
    return [{
      fieldPath: `${found.pod.path}.nodeSelector`,
      message: `The cert-manager ${found.component} has nodeSelector ${OS_LABEL} ${value ?? 'unset'}. Set ${OS_LABEL}: linux.`,
    }];
  },
};
