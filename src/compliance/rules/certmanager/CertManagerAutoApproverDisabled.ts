import { certManagerComponentOf } from '../../private/cert-manager';
import { containersOf } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Tests whether a `--controllers` value turns off the built-in CertificateRequest approver.
 */
function disablesApprover(args: string[]): boolean {
  return args.some((arg) => arg.startsWith('--controllers=') && arg.slice('--controllers='.length).split(',').includes('-certificaterequests-approver'));
}

/**
 * The cert-manager controller runs without its built-in CertificateRequest approver, so that an
 * approval policy decides.
 */
export const CertManagerAutoApproverDisabled: Check = {
  name: 'CertManagerAutoApproverDisabled',
  title: 'The cert-manager controller runs without the built-in CertificateRequest approver.',
  rationale: 'The built-in approver approves every CertificateRequest for cert-manager\'s issuers, so nothing checks names, usages or lifetimes before signing.',
  fix: 'Set the controller argument `--controllers=*,-certificaterequests-approver` and install an approval policy controller such as approver-policy.',
  kinds: ['Deployment'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found || found.component !== 'controller') {
      return 'not-applicable';
    }
    const container = containersOf(found.pod).find((c) => c.list === 'containers');
    const args: string[] = container?.container.args ?? [];
    if (disablesApprover(args)) {
      return 'pass';
    }
    return [{
      fieldPath: `${container?.path ?? found.pod.path}.args`,
      message: 'The controller runs the built-in CertificateRequest approver. Add --controllers=*,-certificaterequests-approver and let an approval policy decide.',
    }];
  },
};
