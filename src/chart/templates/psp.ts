import { ChartContext, Manifest, truthy } from '../context';
import { plainScalar } from './extra-objects';
import { startupapicheckAnnotations } from './rbac-components';
import { bindingObject, policyRule, roleObject } from './rbac-objects';

type Component = 'controller' | 'webhook' | 'cainjector' | 'startupapicheck';

/** Builds the `MustRunAs` rule for id 1000, which every policy of the chart sets for users and groups. */
function mustRunAs1000(): { rule: string; ranges: { min: number; max: number }[] } {
  return { rule: 'MustRunAs', ranges: [{ min: 1000, max: 1000 }] };
}

/**
 * Renders the PodSecurityPolicies (`policy/v1beta1`, removed in Kubernetes 1.25) of the
 * controller, webhook, cainjector and startupapicheck with a ClusterRole that allows their use and
 * a ClusterRoleBinding to each component's ServiceAccount. Renders only with
 * `global.podSecurityPolicy.enabled`, and the cainjector's and the startupapicheck's objects also need
 * that component to be enabled.
 */
export function renderPsp(ctx: ChartContext): Manifest[] {
  const values = ctx.values;
  if (!truthy(values.global?.podSecurityPolicy?.enabled)) {
    return [];
  }
  const components: Component[] = ['controller', 'webhook'];
  if (truthy(values.cainjector?.enabled)) {
    components.push('cainjector');
  }
  if (truthy(values.startupapicheck?.enabled)) {
    components.push('startupapicheck');
  }
  return components.flatMap((component) => renderComponentPsp(ctx, component));
}

function renderComponentPsp(ctx: ChartContext, component: Component): Manifest[] {
  const values = ctx.values;
  const fullname = {
    controller: ctx.fullname,
    webhook: ctx.webhookFullname,
    cainjector: ctx.cainjectorFullname,
    startupapicheck: ctx.startupapicheckFullname,
  }[component];
  const labels = ctx.componentLabels(component === 'controller' ? ctx.name : component, component);
  // Only the startupapicheck's objects carry its hook annotations. Its policy adds them to the
  // seccomp and AppArmor annotations.
  const hookAnnotations = component === 'startupapicheck' ? startupapicheckAnnotations(ctx) : undefined;

  const policyAnnotations: Record<string, unknown> = {
    'seccomp.security.alpha.kubernetes.io/allowedProfileNames': 'docker/default',
    'seccomp.security.alpha.kubernetes.io/defaultProfileName': 'docker/default',
  };
  if (truthy(values.global?.podSecurityPolicy?.useAppArmor)) {
    policyAnnotations['apparmor.security.beta.kubernetes.io/allowedProfileNames'] = 'runtime/default';
    policyAnnotations['apparmor.security.beta.kubernetes.io/defaultProfileName'] = 'runtime/default';
  }
  Object.assign(policyAnnotations, hookAnnotations);

  const spec: Record<string, unknown> = {
    privileged: false,
    allowPrivilegeEscalation: false,
    allowedCapabilities: [],
    volumes: component === 'startupapicheck' ? ['projected', 'secret'] : ['configMap', 'emptyDir', 'projected', 'secret', 'downwardAPI'],
    hostNetwork: false,
  };
  if (component === 'webhook') {
    spec.hostNetwork = plainScalar(values.webhook?.hostNetwork, 'webhook.hostNetwork');
    if (truthy(values.webhook?.hostNetwork)) {
      // NOTE: the chart reads webhook.securePort here, not webhook.config.securePort, which
      // replaces it on the Deployment. With both set, the allowed host port therefore differs
      // from the port that the webhook listens on.
      const port = plainScalar(values.webhook?.securePort, 'webhook.securePort');
      spec.hostPorts = [{ max: port, min: port }];
    }
  }
  Object.assign(spec, {
    hostIPC: false,
    hostPID: false,
    runAsUser: mustRunAs1000(),
    seLinux: { rule: 'RunAsAny' },
    supplementalGroups: mustRunAs1000(),
    fsGroup: mustRunAs1000(),
  });

  const policy: Manifest = {
    apiVersion: 'policy/v1beta1',
    kind: 'PodSecurityPolicy',
    metadata: { name: fullname, labels, annotations: policyAnnotations },
    spec,
  };
  const roleName = `${fullname}-psp`;
  return [
    policy,
    roleObject({ name: roleName, labels, annotations: hookAnnotations },
      [policyRule(['policy'], ['podsecuritypolicies'], ['use'], [fullname])]),
    bindingObject({ name: roleName, labels, annotations: hookAnnotations }, roleName, ctx.serviceAccountName(component), ctx.namespace),
  ];
}
