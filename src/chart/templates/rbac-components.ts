import { ChartContext, Manifest, truthy } from '../context';
import { plainScalar } from './extra-objects';
import { bindingObject, policyRule, quotedItem, roleObject } from './rbac-objects';
import { copyJson } from '../../private/json-copy';

/**
 * The name of the Secret that contains a metrics server's dynamic TLS CA, when
 * `<component>.config.metricsTLSConfig.dynamic` is set and its `secretNamespace` is the chart's
 * namespace. Otherwise undefined, because the component then needs no access to that Secret.
 * A missing `secretName` yields null, as the chart's `quote` does.
 */
function metricsCaSecretName(ctx: ChartContext, component: 'webhook' | 'cainjector'): string | null | undefined {
  const dynamic = ctx.values[component]?.config?.metricsTLSConfig?.dynamic;
  if (!truthy(dynamic) || typeof dynamic !== 'object') {
    return undefined;
  }
  if (dynamic.secretNamespace !== ctx.namespace) {
    return undefined;
  }
  return quotedItem(dynamic.secretName);
}

/**
 * Renders `webhook-rbac.yaml`: the Role that lets the webhook manage its CA Secret (and the
 * metrics CA Secret under dynamic metrics TLS), and the ClusterRole for SubjectAccessReviews,
 * each with its binding. Nothing renders with `global.rbac.create: false`.
 */
export function renderWebhookRbac(ctx: ChartContext): Manifest[] {
  if (!truthy(ctx.values.global?.rbac?.create)) {
    return [];
  }
  const labels = ctx.componentLabels('webhook', 'webhook');
  const namespace = ctx.namespace;
  const serviceAccount = ctx.serviceAccountName('webhook');
  const secretNames: (string | null)[] = [`${ctx.webhookFullname}-ca`];
  const metricsSecret = metricsCaSecretName(ctx, 'webhook');
  if (metricsSecret !== undefined) {
    secretNames.push(metricsSecret);
  }
  const dynamicServing = `${ctx.webhookFullname}:dynamic-serving`;
  const subjectAccessReviews = `${ctx.webhookFullname}:subjectaccessreviews`;
  return [
    roleObject({ name: dynamicServing, namespace, labels }, [
      policyRule([''], ['secrets'], ['get', 'list', 'watch', 'update'], secretNames),
      // Kubernetes cannot limit "create" to one resource name.
      policyRule([''], ['secrets'], ['create']),
    ]),
    bindingObject({ name: dynamicServing, namespace, labels }, dynamicServing, serviceAccount, namespace),
    roleObject({ name: subjectAccessReviews, labels }, [
      policyRule(['authorization.k8s.io'], ['subjectaccessreviews'], ['create']),
    ]),
    bindingObject({ name: subjectAccessReviews, labels }, subjectAccessReviews, serviceAccount, namespace),
  ];
}

/**
 * Renders `cainjector-rbac.yaml`: the cainjector's ClusterRole and leader election Role with their
 * bindings when `cainjector.enabled` and `global.rbac.create` are set, and the metrics
 * `dynamic-serving` Role and RoleBinding.
 *
 * The chart renders the `dynamic-serving` pair whenever
 * `cainjector.config.metricsTLSConfig.dynamic.secretNamespace` is the chart's namespace, even with
 * `cainjector.enabled: false` or `global.rbac.create: false`. This port keeps that behaviour.
 */
export function renderCainjectorRbac(ctx: ChartContext): Manifest[] {
  const values = ctx.values;
  const labels = ctx.componentLabels('cainjector', 'cainjector');
  const namespace = ctx.namespace;
  const serviceAccount = ctx.serviceAccountName('cainjector');
  const objects: Manifest[] = [];
  if (truthy(values.cainjector?.enabled) && truthy(values.global?.rbac?.create)) {
    const read = ['get', 'list', 'watch'];
    const readAndPatch = ['get', 'list', 'watch', 'update', 'patch'];
    objects.push(roleObject({ name: ctx.cainjectorFullname, labels }, [
      policyRule(['cert-manager.io'], ['certificates'], read),
      policyRule([''], ['secrets'], read),
      policyRule([''], ['events'], ['get', 'create', 'update', 'patch']),
      policyRule(['admissionregistration.k8s.io'], ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'], readAndPatch),
      policyRule(['apiregistration.k8s.io'], ['apiservices'], readAndPatch),
      policyRule(['apiextensions.k8s.io'], ['customresourcedefinitions'], readAndPatch),
    ]));
    objects.push(bindingObject({ name: ctx.cainjectorFullname, labels }, ctx.cainjectorFullname, serviceAccount, namespace));

    const leaderElection = `${ctx.cainjectorFullname}:leaderelection`;
    const leaderElectionNamespace = plainScalar(values.global?.leaderElection?.namespace, 'global.leaderElection.namespace');
    objects.push(roleObject({ name: leaderElection, namespace: leaderElectionNamespace, labels }, [
      // The certificate-based and the Secret-based injectors each hold one of these leases.
      policyRule(['coordination.k8s.io'], ['leases'], ['get', 'update', 'patch'],
        ['cert-manager-cainjector-leader-election', 'cert-manager-cainjector-leader-election-core']),
      policyRule(['coordination.k8s.io'], ['leases'], ['create']),
    ]));
    objects.push(bindingObject({ name: leaderElection, namespace: leaderElectionNamespace, labels }, leaderElection, serviceAccount, namespace));
  }
  const metricsSecret = metricsCaSecretName(ctx, 'cainjector');
  if (metricsSecret !== undefined) {
    const dynamicServing = `${ctx.cainjectorFullname}:dynamic-serving`;
    objects.push(roleObject({ name: dynamicServing, namespace, labels }, [
      policyRule([''], ['secrets'], ['get', 'list', 'watch', 'update'], [metricsSecret]),
      // Kubernetes cannot limit "create" to one resource name.
      policyRule([''], ['secrets'], ['create']),
    ]));
    objects.push(bindingObject({ name: dynamicServing, namespace, labels }, dynamicServing, serviceAccount, namespace));
  }
  return objects;
}

/**
 * Renders `startupapicheck-rbac.yaml`: a Role that lets the startupapicheck Job create a
 * CertificateRequest, and its binding, both carrying `startupapicheck.rbac.annotations` (by
 * default the Helm hook annotations). Renders only with `startupapicheck.enabled` and
 * `global.rbac.create`.
 */
export function renderStartupapicheckRbac(ctx: ChartContext): Manifest[] {
  const values = ctx.values;
  if (!truthy(values.startupapicheck?.enabled) || !truthy(values.global?.rbac?.create)) {
    return [];
  }
  const labels = ctx.componentLabels('startupapicheck', 'startupapicheck');
  const namespace = ctx.namespace;
  const annotations = startupapicheckAnnotations(ctx);
  const name = `${ctx.startupapicheckFullname}:create-cert`;
  return [
    roleObject({ name, namespace, labels, annotations }, [policyRule(['cert-manager.io'], ['certificaterequests'], ['create'])]),
    bindingObject({ name, namespace, labels, annotations }, name, ctx.serviceAccountName('startupapicheck'), namespace),
  ];
}

/** `startupapicheck.rbac.annotations` as `toYaml` renders it, or undefined when empty. */
export function startupapicheckAnnotations(ctx: ChartContext): Record<string, unknown> | undefined {
  const annotations = ctx.values.startupapicheck?.rbac?.annotations;
  return truthy(annotations) ? copyJson(annotations) : undefined;
}
