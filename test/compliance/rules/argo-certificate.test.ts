import { Case, configMap, outcomeOf } from './outcome';
import { ArgoAppInArgoCdNamespace } from '../../../src/compliance/rules/argo/ArgoAppInArgoCdNamespace';
import { ArgoCdConfigMapPartOfLabel } from '../../../src/compliance/rules/argo/ArgoCdConfigMapPartOfLabel';
import { ArgoRolloutPauseDuration } from '../../../src/compliance/rules/argo/ArgoRolloutPauseDuration';
import { ArgoRolloutProgressDeadlineAbort } from '../../../src/compliance/rules/argo/ArgoRolloutProgressDeadlineAbort';
import { ArgoRolloutRevisionHistory } from '../../../src/compliance/rules/argo/ArgoRolloutRevisionHistory';
import { ArgoRolloutScaleDownDelay } from '../../../src/compliance/rules/argo/ArgoRolloutScaleDownDelay';
import { ArgoWorkflowDagFailFast } from '../../../src/compliance/rules/argo/ArgoWorkflowDagFailFast';
import { ArgoWorkflowRetryOnErrors } from '../../../src/compliance/rules/argo/ArgoWorkflowRetryOnErrors';
import { ArgoWorkflowRetryStrategyNotEmpty } from '../../../src/compliance/rules/argo/ArgoWorkflowRetryStrategyNotEmpty';
import { ArgoWorkflowServiceAccount } from '../../../src/compliance/rules/argo/ArgoWorkflowServiceAccount';
import { CertificateDurationAtMost100Days, durationHours } from '../../../src/compliance/rules/certificate/CertificateDurationAtMost100Days';
import { CertificateSingleDnsName } from '../../../src/compliance/rules/certificate/CertificateSingleDnsName';

function argo(kind: string, spec: Record<string, any>, namespace = 'argocd'): Record<string, any> {
  return { apiVersion: 'argoproj.io/v1alpha1', kind, metadata: { name: 'x', namespace }, spec };
}

function certificate(spec: Record<string, any>): Record<string, any> {
  return { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'c', namespace: 'apps' }, spec: { secretName: 'c-tls', issuerRef: { name: 'corp-ca', kind: 'ClusterIssuer' }, ...spec } };
}

const ALWAYS = { retryPolicy: 'Always', limit: 3 };

const CASES: Case[] = [
  ['dag fail fast off fails', ArgoWorkflowDagFailFast, [argo('Workflow', { templates: [{ name: 'main', dag: { failFast: false, tasks: [] } }] })], 'fail'],
  ['dag fail fast default passes', ArgoWorkflowDagFailFast, [argo('Workflow', { templates: [{ name: 'main', dag: { tasks: [] } }] })], 'pass'],
  ['non-argo workflow kinds are not applicable', ArgoWorkflowDagFailFast, [{ apiVersion: 'example.com/v1', kind: 'Workflow', metadata: { name: 'x' }, spec: {} }], 'not-applicable'],
  ['workflow default account fails', ArgoWorkflowServiceAccount, [argo('Workflow', { serviceAccountName: 'default' })], 'fail'],
  ['workflow own account passes', ArgoWorkflowServiceAccount, [argo('WorkflowTemplate', { serviceAccountName: 'runner' })], 'pass'],
  ['argocd configmap with label passes', ArgoCdConfigMapPartOfLabel, [{ ...configMap('argocd-cm'), metadata: { name: 'argocd-cm', labels: { 'app.kubernetes.io/part-of': 'argocd' } } }], 'pass'],
  ['argocd configmap without label fails', ArgoCdConfigMapPartOfLabel, [configMap('argocd-cm')], 'fail'],
  ['other configmaps skip argocd label', ArgoCdConfigMapPartOfLabel, [configMap('settings')], 'not-applicable'],
  ['pause with duration passes', ArgoRolloutPauseDuration, [argo('Rollout', { strategy: { canary: { steps: [{ setWeight: 20 }, { pause: { duration: '1m' } }] } } })], 'pass'],
  ['pause without duration fails', ArgoRolloutPauseDuration, [argo('Rollout', { strategy: { canary: { steps: [{ pause: {} }] } } })], 'fail'],
  ['application in argocd passes', ArgoAppInArgoCdNamespace, [argo('Application', {})], 'pass'],
  ['application elsewhere fails', ArgoAppInArgoCdNamespace, [argo('Application', {}, 'apps')], 'fail'],
  ['empty retry strategy fails', ArgoWorkflowRetryStrategyNotEmpty, [argo('Workflow', { templates: [{ name: 'main', retryStrategy: {} }] })], 'fail'],
  ['limited retry strategy passes', ArgoWorkflowRetryStrategyNotEmpty, [argo('Workflow', { templates: [{ name: 'main', retryStrategy: { limit: 3 } }] })], 'pass'],
  ['revision history passes', ArgoRolloutRevisionHistory, [argo('Rollout', { revisionHistoryLimit: 2 })], 'pass'],
  ['revision history zero fails', ArgoRolloutRevisionHistory, [argo('Rollout', { revisionHistoryLimit: 0 })], 'fail'],
  ['scale down delay 30 passes', ArgoRolloutScaleDownDelay, [argo('Rollout', { strategy: { blueGreen: { activeService: 'a', scaleDownDelaySeconds: 30 } } })], 'pass'],
  ['scale down delay 10 fails', ArgoRolloutScaleDownDelay, [argo('Rollout', { strategy: { blueGreen: { activeService: 'a', scaleDownDelaySeconds: 10 } } })], 'fail'],
  ['canary rollouts skip scale down delay', ArgoRolloutScaleDownDelay, [argo('Rollout', { strategy: { canary: {} } })], 'not-applicable'],
  ['progress deadline with abort passes', ArgoRolloutProgressDeadlineAbort, [argo('Rollout', { progressDeadlineSeconds: 600, progressDeadlineAbort: true })], 'pass'],
  ['progress deadline without abort fails', ArgoRolloutProgressDeadlineAbort, [argo('Rollout', { progressDeadlineSeconds: 600 })], 'fail'],
  ['retry always with expression passes', ArgoWorkflowRetryOnErrors, [argo('Workflow', { templates: [{ name: 'main', retryStrategy: { ...ALWAYS, expression: 'lastRetry.status == "Error"' } }] })], 'pass'],
  ['retry always without expression fails', ArgoWorkflowRetryOnErrors, [argo('Workflow', { templates: [{ name: 'main', retryStrategy: ALWAYS }] })], 'fail'],
  ['single dns name passes', CertificateSingleDnsName, [certificate({ dnsNames: ['a.example.com'] })], 'pass'],
  ['two dns names fail', CertificateSingleDnsName, [certificate({ dnsNames: ['a.example.com', 'b.example.com'] })], 'fail'],
  ['90 day duration passes', CertificateDurationAtMost100Days, [certificate({ duration: '2160h' })], 'pass'],
  ['one year duration fails', CertificateDurationAtMost100Days, [certificate({ duration: '8760h' })], 'fail'],
  ['unset duration passes', CertificateDurationAtMost100Days, [certificate({})], 'pass'],
  ['letsencrypt issuers are not applicable', CertificateDurationAtMost100Days, [certificate({ duration: '8760h', issuerRef: { name: 'letsencrypt-prod', kind: 'ClusterIssuer' } })], 'not-applicable'],
];

describe('Argo and Certificate checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test.each([
    ['2400h', 2400],
    ['90h30m', 90.5],
    ['1.5h', 1.5],
    ['90d', undefined],
  ])('duration %s is %p hours', (value, hours) => {
    expect(durationHours(value)).toBe(hours);
  });
});
