import { InstanceLabelMatchesName } from '../../../src/compliance/rules/metadata/InstanceLabelMatchesName';
import {
  DeploymentEnvLabelPresent,
  PodNameLabelPresent,
  RECOMMENDED_LABEL_KEYS,
  RecommendedLabelsPresent,
  WorkloadOwnerLabelPresent,
} from '../../../src/compliance/rules/metadata/LabelConventions';
import { LabelValuesValid } from '../../../src/compliance/rules/metadata/LabelValuesValid';
import { NotInDefaultNamespace } from '../../../src/compliance/rules/metadata/NotInDefaultNamespace';
import { ObjectHasValidName } from '../../../src/compliance/rules/metadata/ObjectHasValidName';
import { deployment, hardenedPodSpec, service } from '../manifests';
import { Case, configMap, messagesOf, outcomeOf } from './outcome';

const recommended = Object.fromEntries(RECOMMENDED_LABEL_KEYS.map((key) => [key, 'x']));

function labelled(objectLabels: Record<string, string>, podLabels: Record<string, string> = { app: 'app' }, name = 'app'): Record<string, any> {
  const manifest = deployment(hardenedPodSpec());
  manifest.metadata = { name, namespace: 'apps', labels: objectLabels };
  manifest.spec.template.metadata.labels = podLabels;
  return manifest;
}

const CASES: Case[] = [
  ['label values pass on valid values', LabelValuesValid, [labelled({ tier: 'web_1.a' })], 'pass'],
  ['label values fail on a slash', LabelValuesValid, [labelled({ tier: 'a/b' })], 'fail'],
  ['label values fail on 64 characters', LabelValuesValid, [labelled({ tier: 'a'.repeat(64) })], 'fail'],
  ['label values fail on the pod template', LabelValuesValid, [labelled({}, { app: '-bad' })], 'fail'],
  ['object name passes on a subdomain', ObjectHasValidName, [configMap('my.settings-1')], 'pass'],
  ['object name fails on uppercase', ObjectHasValidName, [configMap('Settings')], 'fail'],
  ['object name accepts rbac colons', ObjectHasValidName, [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:x' }, rules: [] }], 'pass'],
  ['object name fails on rbac slash', ObjectHasValidName, [{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'a/b' }, rules: [] }], 'fail'],
  ['default namespace passes elsewhere', NotInDefaultNamespace, [deployment()], 'pass'],
  ['default namespace fails when named', NotInDefaultNamespace, [labelled({})].map((m) => ({ ...m, metadata: { ...m.metadata, namespace: 'default' } })), 'fail'],
  ['default namespace skips services', NotInDefaultNamespace, [{ ...service(), metadata: { name: 'app', namespace: 'default' } }], 'not-applicable'],
  ['recommended labels pass when complete', RecommendedLabelsPresent, [labelled(recommended, { ...recommended, app: 'app' })], 'pass'],
  ['recommended labels fail on the template', RecommendedLabelsPresent, [labelled(recommended)], 'fail'],
  ['recommended labels fail on a configmap', RecommendedLabelsPresent, [configMap()], 'fail'],
  ['pod name label passes', PodNameLabelPresent, [labelled({}, { 'app': 'app', 'app.kubernetes.io/name': 'app' })], 'pass'],
  ['pod name label fails when empty', PodNameLabelPresent, [labelled({}, { 'app': 'app', 'app.kubernetes.io/name': '' })], 'fail'],
  ['pod name label skips configmaps', PodNameLabelPresent, [configMap()], 'not-applicable'],
  ['owner label passes', WorkloadOwnerLabelPresent, [labelled({ owner: 'team-a' })], 'pass'],
  ['owner label fails when missing', WorkloadOwnerLabelPresent, [labelled({})], 'fail'],
  ['env label passes on deployments', DeploymentEnvLabelPresent, [labelled({ env: 'prod' })], 'pass'],
  ['env label fails on deployments', DeploymentEnvLabelPresent, [labelled({})], 'fail'],
  ['instance label passes on the name', InstanceLabelMatchesName, [labelled({ 'app.kubernetes.io/instance': 'app' })], 'pass'],
  ['instance label fails on another name', InstanceLabelMatchesName, [labelled({ 'app.kubernetes.io/instance': 'release' })], 'fail'],
  ['instance label skips configmaps', InstanceLabelMatchesName, [configMap()], 'not-applicable'],
];

describe('metadata checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test('label message names the key and the rule', () => {
    const [message] = messagesOf(LabelValuesValid, [labelled({ tier: 'a/b' })]);
    expect(message).toContain('metadata.labels["tier"]');
    expect(message).toContain('63 characters');
  });

  test('recommended labels message lists missing keys', () => {
    const [message] = messagesOf(RecommendedLabelsPresent, [labelled({ 'app.kubernetes.io/name': 'x' }, recommended)]);
    expect(message).toContain('"app.kubernetes.io/instance"');
    expect(message).not.toContain('"app.kubernetes.io/name"');
  });
});
