import { ChartContext, Manifest } from '../context';
import { renderCainjectorRbac, renderStartupapicheckRbac, renderWebhookRbac } from './rbac-components';
import { renderControllerRbac } from './rbac-controller';

/**
 * Renders the chart's Roles, ClusterRoles and their bindings for the controller, webhook,
 * cainjector and startupapicheck (`rbac.yaml`, `webhook-rbac.yaml`, `cainjector-rbac.yaml`,
 * `startupapicheck-rbac.yaml`). The PodSecurityPolicy roles render with the policies in `psp.ts`.
 */
export function renderRbac(ctx: ChartContext): Manifest[] {
  return [
    ...renderControllerRbac(ctx),
    ...renderWebhookRbac(ctx),
    ...renderCainjectorRbac(ctx),
    ...renderStartupapicheckRbac(ctx),
  ];
}
