import {
  containersOf,
  mapSelectorMatches,
  parseQuantity,
  podSpecOf,
  resolveIntOrPercent,
  selectorMatches,
} from '../../../src/compliance/rules/manifest-helpers';
import { ContainerPreStopHook } from '../../../src/compliance/rules/probe/ContainerPreStopHook';
import { ContainerNoCpuLimit } from '../../../src/compliance/rules/resources/ContainerNoCpuLimit';
import { hardenedContainer, hardenedPodSpec, runCheck, synthesize } from '../manifests';

const POD_SPEC = hardenedPodSpec({ initContainers: [hardenedContainer({ name: 'init' })] });
const TEMPLATE = { metadata: { labels: { app: 'app' } }, spec: POD_SPEC };

/** One object of each workload kind, with the field path of its pod spec. */
const WORKLOADS: Array<[string, Record<string, any>, string]> = [
  ['Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'w', labels: { app: 'app' } }, spec: POD_SPEC }, 'spec'],
  ['Deployment', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'w' }, spec: { selector: { matchLabels: { app: 'app' } }, template: TEMPLATE } }, 'spec.template.spec'],
  ['StatefulSet', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'w' }, spec: { serviceName: 'w', selector: { matchLabels: { app: 'app' } }, template: TEMPLATE } }, 'spec.template.spec'],
  ['DaemonSet', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'w' }, spec: { selector: { matchLabels: { app: 'app' } }, template: TEMPLATE } }, 'spec.template.spec'],
  ['ReplicaSet', { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'w' }, spec: { selector: { matchLabels: { app: 'app' } }, template: TEMPLATE } }, 'spec.template.spec'],
  ['Job', { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'w' }, spec: { template: TEMPLATE } }, 'spec.template.spec'],
  ['CronJob', { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'w' }, spec: { schedule: '@daily', jobTemplate: { spec: { template: TEMPLATE } } } }, 'spec.jobTemplate.spec.template.spec'],
];

describe('manifest helpers', () => {
  test.each(WORKLOADS)('pod spec of %s', (_kind, manifest, path) => {
    const location = podSpecOf(manifest);
    expect(location?.specPath).toBe(path);
    expect(location?.podMetadata.labels).toEqual({ app: 'app' });
  });

  test.each(WORKLOADS)('container check reports %s paths', (_kind, manifest, path) => {
    const [object] = synthesize(manifest);
    const result = runCheck(ContainerNoCpuLimit, object);
    expect(Array.isArray(result) ? result.map((violation) => violation.fieldPath) : result)
      .toEqual([`${path}.containers[0].resources.limits.cpu`, `${path}.initContainers[0].resources.limits.cpu`]);
  });

  test('long-running checks skip jobs and cronjobs', () => {
    for (const [kind, manifest] of WORKLOADS.filter(([name]) => name === 'Job' || name === 'CronJob')) {
      const [object] = synthesize(manifest);
      expect(`${kind} ${JSON.stringify(runCheck(ContainerPreStopHook, object))}`).toBe(`${kind} "not-applicable"`);
    }
  });

  test('containers list leaves init containers out by default', () => {
    const location = podSpecOf(WORKLOADS[1][1])!;
    expect(containersOf(location).map((container) => container.path)).toEqual(['spec.template.spec.containers[0]']);
    expect(containersOf(location, { init: true })).toHaveLength(2);
  });

  test('other kinds have no pod spec', () => {
    expect(podSpecOf({ apiVersion: 'v1', kind: 'Service', spec: {} })).toBeUndefined();
  });

  test.each([
    [{ matchLabels: { app: 'a' } }, { app: 'a', tier: 'web' }, true],
    [{ matchLabels: { app: 'a' } }, { app: 'b' }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }] }, { tier: 'api' }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] }, { tier: 'web' }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, {}, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, {}, true],
    [{}, { anything: 'x' }, true],
  ])('selector %j on %j gives %p', (selector, labels, expected) => {
    expect(selectorMatches(selector, labels)).toBe(expected);
  });

  test('service selectors match nothing when empty', () => {
    expect(mapSelectorMatches({}, { app: 'a' })).toBe(false);
    expect(mapSelectorMatches({ app: 'a' }, { app: 'a', tier: 'x' })).toBe(true);
  });

  test.each([
    ['500m', 0.5],
    ['2', 2],
    ['128Mi', 128 * 2 ** 20],
    ['1G', 1e9],
    ['1e3', 1000],
    ['lots', undefined],
  ])('quantity %s is %p', (text, value) => {
    expect(parseQuantity(text)).toBe(value);
  });

  test('percentages round up against the total', () => {
    expect(resolveIntOrPercent('50%', 3)).toBe(2);
    expect(resolveIntOrPercent(1, 3)).toBe(1);
  });
});
