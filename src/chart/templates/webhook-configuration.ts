import { ChartContext, cloneJson, Manifest, truthy } from '../context';
import { formatGoValue, plainScalar } from './extra-objects';

type Admission = 'mutating' | 'validating';

/**
 * Renders the webhook's MutatingWebhookConfiguration and ValidatingWebhookConfiguration
 * (`webhook-mutating-webhook.yaml`, `webhook-validating-webhook.yaml`). The API server calls the
 * webhook Service, or `https://<webhook.url.host>` when that is set, and the cainjector fills in
 * the CA bundle from the `<namespace>/<webhook name>-ca` Secret.
 */
export function renderWebhookConfiguration(ctx: ChartContext): Manifest[] {
  return [renderConfiguration(ctx, 'mutating'), renderConfiguration(ctx, 'validating')];
}

function renderConfiguration(ctx: ChartContext, admission: Admission): Manifest {
  const webhook = ctx.values.webhook ?? {};
  const path = admission === 'mutating' ? '/mutate' : '/validate';

  const annotations: Record<string, unknown> = { 'cert-manager.io/inject-ca-from-secret': `${ctx.namespace}/${ctx.webhookFullname}-ca` };
  const extraAnnotations = webhook[`${admission}WebhookConfigurationAnnotations`];
  if (truthy(extraAnnotations)) {
    Object.assign(annotations, cloneJson(extraAnnotations));
  }

  const entry: Record<string, unknown> = { name: 'webhook.cert-manager.io' };
  const namespaceSelector = webhook[`${admission}WebhookConfiguration`]?.namespaceSelector;
  if (truthy(namespaceSelector)) {
    entry.namespaceSelector = cloneJson(namespaceSelector);
  }
  entry.rules = [admission === 'mutating'
    ? { apiGroups: ['cert-manager.io'], apiVersions: ['v1'], operations: ['CREATE'], resources: ['certificaterequests'] }
    : { apiGroups: ['cert-manager.io', 'acme.cert-manager.io'], apiVersions: ['v1'], operations: ['CREATE', 'UPDATE'], resources: ['*/*'] }];
  entry.admissionReviewVersions = ['v1'];
  // The webhook serves v1 only, so Equivalent has the API server convert requests for other versions to v1 first.
  entry.matchPolicy = 'Equivalent';
  entry.timeoutSeconds = plainScalar(webhook.timeoutSeconds, 'webhook.timeoutSeconds');
  entry.failurePolicy = 'Fail';
  entry.sideEffects = 'None';
  entry.clientConfig = truthy(webhook.url?.host)
    ? { url: plainScalar(`https://${formatGoValue(webhook.url.host)}${path}`, 'webhook.url.host') }
    : { service: { name: ctx.webhookFullname, namespace: ctx.namespace, path } };

  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind: admission === 'mutating' ? 'MutatingWebhookConfiguration' : 'ValidatingWebhookConfiguration',
    metadata: { name: ctx.webhookFullname, labels: ctx.componentLabels('webhook', 'webhook'), annotations },
    webhooks: [entry],
  };
}
