import { Case, messagesOf, outcomeOf } from './outcome';
import { API_LIFECYCLE, compareReleases } from '../../../src/compliance/rules/api/api-lifecycle';
import {
  ApiVersionCurrent,
  ApiVersionNotDeprecatedIn1_16,
  ApiVersionNotDeprecatedIn1_21,
  ApiVersionNotRemovedIn1_22,
  ApiVersionNotRemovedIn1_25,
  apiVersionCurrentIn,
} from '../../../src/compliance/rules/api/ApiVersionServed';
import { ApiVersionStable } from '../../../src/compliance/rules/api/ApiVersionStable';

function object(apiVersion: string, kind: string): Record<string, any> {
  return { apiVersion, kind, metadata: { name: 'x', namespace: 'apps' }, spec: {} };
}

const CASES: Case[] = [
  ['removed in 1.25 fails on policy v1beta1 pdb', ApiVersionNotRemovedIn1_25, [object('policy/v1beta1', 'PodDisruptionBudget')], 'fail'],
  ['removed in 1.25 passes on policy v1 pdb', ApiVersionNotRemovedIn1_25, [object('policy/v1', 'PodDisruptionBudget')], 'pass'],
  ['removed in 1.25 ignores 1.22 removals', ApiVersionNotRemovedIn1_25, [object('extensions/v1beta1', 'Ingress')], 'pass'],
  ['removed in 1.22 fails on beta ingress', ApiVersionNotRemovedIn1_22, [object('networking.k8s.io/v1beta1', 'Ingress')], 'fail'],
  ['deprecated in 1.16 fails on beta crds', ApiVersionNotDeprecatedIn1_16, [object('apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition')], 'fail'],
  ['deprecated in 1.16 passes on v1 crds', ApiVersionNotDeprecatedIn1_16, [object('apiextensions.k8s.io/v1', 'CustomResourceDefinition')], 'pass'],
  ['deprecated in 1.21 fails on beta cronjobs', ApiVersionNotDeprecatedIn1_21, [object('batch/v1beta1', 'CronJob')], 'fail'],
  ['current fails on beta flow schemas', ApiVersionCurrent, [object('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema')], 'fail'],
  ['current passes on apps v1', ApiVersionCurrent, [object('apps/v1', 'Deployment')], 'pass'],
  ['current fails on apps v1beta2', ApiVersionCurrent, [object('apps/v1beta2', 'Deployment')], 'fail'],
  ['stable passes on v1', ApiVersionStable, [object('cert-manager.io/v1', 'Certificate')], 'pass'],
  ['stable fails on v1alpha1', ApiVersionStable, [object('acme.example.com/v1alpha1', 'Thing')], 'fail'],
  ['stable fails on core v2beta1', ApiVersionStable, [object('autoscaling/v2beta1', 'HorizontalPodAutoscaler')], 'fail'],
];

describe('API version checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test('current as of 1.28 passes flowcontrol v1beta3', () => {
    expect(outcomeOf(apiVersionCurrentIn('1.28'), [object('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema')])).toBe('pass');
  });

  test('removal message names the replacement', () => {
    const [message] = messagesOf(ApiVersionNotRemovedIn1_25, [object('batch/v1beta1', 'CronJob')]);
    expect(message).toContain('batch/v1beta1');
    expect(message).toContain('Use batch/v1');
  });

  test('lifecycle deprecates before it removes', () => {
    for (const entry of API_LIFECYCLE) {
      if (entry.deprecatedIn) {
        expect(compareReleases(entry.deprecatedIn, entry.removedIn)).toBeLessThan(0);
      }
    }
  });

  test('release comparison orders minor numbers', () => {
    expect(compareReleases('1.9', '1.16')).toBeLessThan(0);
    expect(compareReleases('1.25', '1.25')).toBe(0);
  });
});
