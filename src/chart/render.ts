import { ChartContext, Manifest, RenderInput } from './context';
import { renderCainjector } from './templates/cainjector';
import { renderController } from './templates/controller';
import { renderCrds } from './templates/crds';
import { renderExtraObjects } from './templates/extra-objects';
import { renderMonitoring } from './templates/monitoring';
import { renderNetworkPolicy } from './templates/network-policy';
import { renderPsp } from './templates/psp';
import { renderRbac } from './templates/rbac';
import { renderStartupapicheck } from './templates/startupapicheck';
import { renderWebhook } from './templates/webhook';
import { renderWebhookConfiguration } from './templates/webhook-configuration';

/**
 * Helm's install order of kinds (`releaseutil.InstallOrder` in Helm 3 and 4). `helm template`
 * prints objects in this order, and kinds not listed come last.
 */
const INSTALL_ORDER = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass',
  'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole',
  'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding',
  'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment',
  'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration',
];

/**
 * Renders the cert-manager chart for one release: the same objects that `helm template` prints
 * for the same values, hooks included, sorted by Helm's install order.
 */
export function renderChart(input: RenderInput): Manifest[] {
  const ctx = new ChartContext(input);
  const objects = [
    ...renderCrds(ctx),
    ...renderController(ctx),
    ...renderWebhook(ctx),
    ...renderCainjector(ctx),
    ...renderStartupapicheck(ctx),
    ...renderRbac(ctx),
    ...renderPsp(ctx),
    ...renderNetworkPolicy(ctx),
    ...renderWebhookConfiguration(ctx),
    ...renderMonitoring(ctx),
    ...renderExtraObjects(ctx),
  ];
  return sortByInstallOrder(objects);
}

/** Sorts objects stably by Helm's kind order. */
export function sortByInstallOrder(objects: Manifest[]): Manifest[] {
  const rank = (kind: string) => {
    const index = INSTALL_ORDER.indexOf(kind);
    return index === -1 ? INSTALL_ORDER.length : index;
  };
  return objects
    .map((object, position) => ({ object, position }))
    .sort((a, b) => rank(a.object.kind) - rank(b.object.kind) || a.position - b.position)
    .map((entry) => entry.object);
}
