import * as fs from 'fs';
import * as path from 'path';
import { k8s } from 'cdk8s-plus-28';
import { generateK8sJsonFields } from './tools/k8s-json-fields';
import { isValueWrapper, k8sToJson, plainJson } from '../../src/props/k8s-json';
import { propsToValues } from '../../src/props/to-values';

describe('k8s json', () => {
  test('quantity becomes its string value', () => {
    const json = k8sToJson('ResourceRequirements', {
      requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('64Mi') },
    });

    expect(json).toEqual({ requests: { cpu: '100m', memory: '64Mi' } });
  });

  test('quantity from number stays a number', () => {
    const json = k8sToJson('ResourceRequirements', { limits: { memory: k8s.Quantity.fromNumber(1073741824) } });

    expect(json).toEqual({ limits: { memory: 1073741824 } });
  });

  test('quantity inside a volume becomes its value', () => {
    const json = k8sToJson('Volume', { name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: k8s.Quantity.fromString('1Gi') } });

    expect(json).toEqual({ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } });
  });

  test('int or string number stays a number', () => {
    const json = k8sToJson('DeploymentStrategy', {
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromString('25%') },
    });

    expect(json).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: '25%' } });
  });

  test('int or string in network policy ports', () => {
    const json = k8sToJson('NetworkPolicyEgressRule', {
      ports: [{ port: k8s.IntOrString.fromNumber(443), protocol: 'TCP' }, { port: k8s.IntOrString.fromString('dns'), protocol: 'UDP' }],
    });

    expect(json).toEqual({ ports: [{ port: 443, protocol: 'TCP' }, { port: 'dns', protocol: 'UDP' }] });
  });

  test('int or string in a container probe', () => {
    const json = k8sToJson('Container', {
      name: 'sidecar',
      livenessProbe: { httpGet: { port: k8s.IntOrString.fromString('http'), path: '/healthz' } },
    });

    expect(json).toEqual({ name: 'sidecar', livenessProbe: { httpGet: { port: 'http', path: '/healthz' } } });
  });

  test('int or string via props becomes pdb value', () => {
    const values = propsToValues({
      controller: { podDisruptionBudget: { minAvailable: k8s.IntOrString.fromString('50%') } },
      webhook: { podDisruptionBudget: { maxUnavailable: k8s.IntOrString.fromNumber(1) } },
    });

    expect(values.podDisruptionBudget.minAvailable).toBe('50%');
    expect(values.webhook.podDisruptionBudget.maxUnavailable).toBe(1);
  });

  test('volume fields get kubernetes names', () => {
    const json = k8sToJson('Volume', {
      name: 'data',
      awsElasticBlockStore: { volumeId: 'vol-1' },
      azureDisk: { diskName: 'disk', diskUri: 'https://disk' },
      scaleIo: { gateway: 'gw', system: 'sys', secretRef: { name: 's' } },
      downwardApi: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
    });

    expect(json).toEqual({
      name: 'data',
      awsElasticBlockStore: { volumeID: 'vol-1' },
      azureDisk: { diskName: 'disk', diskURI: 'https://disk' },
      scaleIO: { gateway: 'gw', system: 'sys', secretRef: { name: 's' } },
      downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] },
    });
  });

  test('container port host ip gets kubernetes name', () => {
    const json = k8sToJson('Container', { name: 'c', ports: [{ containerPort: 80, hostIp: '127.0.0.1' }] });

    expect(json).toEqual({ name: 'c', ports: [{ containerPort: 80, hostIP: '127.0.0.1' }] });
  });

  test('kubernetes field names pass unchanged', () => {
    const json = k8sToJson('Volume', { name: 'data', downwardAPI: { items: [] }, awsElasticBlockStore: { volumeID: 'vol-1' } });

    expect(json).toEqual({ name: 'data', downwardAPI: { items: [] }, awsElasticBlockStore: { volumeID: 'vol-1' } });
  });

  test('free-form map keys are not renamed', () => {
    const json = k8sToJson('TopologySpreadConstraint', {
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: 'DoNotSchedule',
      labelSelector: { matchLabels: { volumeId: 'a', hostIp: 'b' } },
    });

    expect(json.labelSelector.matchLabels).toEqual({ volumeId: 'a', hostIp: 'b' });
  });

  test('undefined fields are dropped', () => {
    const json = k8sToJson('Toleration', { key: 'a', operator: undefined, effect: 'NoSchedule' });

    expect(json).toEqual({ key: 'a', effect: 'NoSchedule' });
    expect(Object.keys(json)).toEqual(['key', 'effect']);
  });

  test('dates become iso strings', () => {
    const json = k8sToJson('Volume', {
      name: 'scratch',
      ephemeral: { volumeClaimTemplate: { metadata: { creationTimestamp: new Date(Date.UTC(2026, 0, 2)) }, spec: {} } },
    });

    expect(json.ephemeral.volumeClaimTemplate.metadata.creationTimestamp).toBe('2026-01-02T00:00:00.000Z');
  });

  test('value wrapper detection skips plain objects', () => {
    expect(isValueWrapper(k8s.Quantity.fromString('1'))).toBe(true);
    expect(isValueWrapper(k8s.IntOrString.fromNumber(1))).toBe(true);
    expect(isValueWrapper({ value: '1' })).toBe(false);
  });

  test('plain json keeps a literal value key', () => {
    expect(plainJson({ value: 'x', nested: [k8s.Quantity.fromString('2')] })).toEqual({ value: 'x', nested: ['2'] });
  });

  test('throws on unknown k8s type', () => {
    expect(() => k8sToJson('NoSuchType', {})).toThrow(/No JSON field table for k8s type 'NoSuchType'\./);
  });

  test('field table matches cdk8s-plus-28', () => {
    const generated = generateK8sJsonFields(require.resolve('cdk8s-plus-28/lib/imports/k8s.js'));
    const committed = fs.readFileSync(path.join(__dirname, '../../src/props/k8s-json-fields.ts'), 'utf8');

    expect(committed).toEqual(generated);
  });
});
