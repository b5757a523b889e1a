import { ChartContext, cloneJson, Manifest, truthy } from '../context';

type Component = 'controller' | 'webhook' | 'cainjector';

/**
 * Renders the ingress and egress NetworkPolicies of the controller (`networkPolicy`), the webhook
 * (`webhook.networkPolicy`) and the cainjector (`cainjector.networkPolicy`), each when its
 * `enabled` value is set. The rules are the values' `ingress` and `egress` lists as given.
 *
 * The chart gives these policies no labels, and renders the cainjector's even with
 * `cainjector.enabled: false`. This port does the same.
 */
export function renderNetworkPolicy(ctx: ChartContext): Manifest[] {
  const components: Component[] = ['controller', 'webhook', 'cainjector'];
  return components.flatMap((component) => renderComponentPolicies(ctx, component));
}

function renderComponentPolicies(ctx: ChartContext, component: Component): Manifest[] {
  const settings = component === 'controller' ? ctx.values.networkPolicy : ctx.values[component]?.networkPolicy;
  if (!truthy(settings?.enabled)) {
    return [];
  }
  const fullname = {
    controller: ctx.fullname,
    webhook: ctx.webhookFullname,
    cainjector: ctx.cainjectorFullname,
  }[component];
  const policy = (direction: 'ingress' | 'egress'): Manifest => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `${fullname}-allow-${direction}`, namespace: ctx.namespace },
    spec: {
      // An empty or unset rule list renders as null, so the policy allows no traffic in that direction.
      [direction]: truthy(settings[direction]) ? cloneJson(settings[direction]) : null,
      podSelector: { matchLabels: ctx.selectorLabels(component === 'controller' ? ctx.name : component, component) },
      policyTypes: [direction === 'ingress' ? 'Ingress' : 'Egress'],
    },
  });
  return [policy('ingress'), policy('egress')];
}
