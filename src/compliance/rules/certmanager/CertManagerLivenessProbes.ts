import { certManagerComponentOf } from '../../private/cert-manager';
import { containersOf, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * The cert-manager controller and webhook containers keep their liveness probes.
 */
export const CertManagerLivenessProbes: Check = {
  name: 'CertManagerLivenessProbes',
  title: 'The cert-manager controller and webhook have liveness probes.',
  rationale: 'The liveness probe restarts a controller or webhook that hangs, for example after losing its leader election lease without exiting.',
  fix: 'Keep the `livenessProbe` of the controller (HTTP `/livez` on the healthz port) and of the webhook (HTTP `/livez` on the healthcheck port).',
  kinds: ['Deployment'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found || (found.component !== 'controller' && found.component !== 'webhook')) {
      return 'not-applicable';
    }
    const missing = containersOf(found.pod).filter((c) => c.list === 'containers' && !c.container.livenessProbe);
    if (missing.length === 0) {
      return 'pass';
    }
    return missing.map((c) => ({
      fieldPath: `${c.path}.livenessProbe`,
      message: `${describeContainer(c)} of the cert-manager ${found.component} has no livenessProbe. Add an HTTP probe on /livez.`,
    }));
  },
};
