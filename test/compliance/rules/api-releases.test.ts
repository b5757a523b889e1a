import { outcomeOf } from './outcome';
import { Check } from '../../../src/compliance/rule';
import {
  ApiVersionNotDeprecatedIn1_16,
  ApiVersionNotDeprecatedIn1_17,
  ApiVersionNotDeprecatedIn1_19,
  ApiVersionNotDeprecatedIn1_21,
  ApiVersionNotDeprecatedIn1_22,
  ApiVersionNotDeprecatedIn1_23,
  ApiVersionNotDeprecatedIn1_24,
  ApiVersionNotRemovedIn1_22,
  ApiVersionNotRemovedIn1_23,
  ApiVersionNotRemovedIn1_24,
  ApiVersionNotRemovedIn1_25,
  ApiVersionNotRemovedIn1_26,
  ApiVersionNotRemovedIn1_27,
} from '../../../src/compliance/rules/api/ApiVersionServed';

function object(apiVersion: string, kind: string): Record<string, any> {
  return { apiVersion, kind, metadata: { name: 'x', namespace: 'apps' }, spec: {} };
}

/** Each per-release check with an object it rejects and the current version of the same kind. */
const RELEASES: Array<[Check, string, string, string]> = [
  [ApiVersionNotDeprecatedIn1_16, 'admissionregistration.k8s.io/v1beta1', 'admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration'],
  [ApiVersionNotDeprecatedIn1_17, 'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1', 'ClusterRole'],
  [ApiVersionNotDeprecatedIn1_19, 'networking.k8s.io/v1beta1', 'networking.k8s.io/v1', 'Ingress'],
  [ApiVersionNotDeprecatedIn1_21, 'policy/v1beta1', 'policy/v1', 'PodDisruptionBudget'],
  [ApiVersionNotDeprecatedIn1_22, 'autoscaling/v2beta1', 'autoscaling/v2', 'HorizontalPodAutoscaler'],
  [ApiVersionNotDeprecatedIn1_23, 'autoscaling/v2beta2', 'autoscaling/v2', 'HorizontalPodAutoscaler'],
  [ApiVersionNotDeprecatedIn1_24, 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'CSIStorageCapacity'],
  [ApiVersionNotRemovedIn1_22, 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
  [ApiVersionNotRemovedIn1_23, 'scheduling.k8s.io/v1alpha1', 'scheduling.k8s.io/v1', 'PriorityClass'],
  [ApiVersionNotRemovedIn1_24, 'node.k8s.io/v1alpha1', 'node.k8s.io/v1', 'RuntimeClass'],
  [ApiVersionNotRemovedIn1_25, 'batch/v1beta1', 'batch/v1', 'CronJob'],
  [ApiVersionNotRemovedIn1_26, 'flowcontrol.apiserver.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1', 'FlowSchema'],
  [ApiVersionNotRemovedIn1_27, 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'CSIStorageCapacity'],
];

describe('per-release API version checks', () => {
  test.each(RELEASES.map(([check, old, current, kind]) => [check.name, check, old, current, kind] as const))(
    '%s fails the old version and passes the current one', (_name, check, old, current, kind) => {
      expect(outcomeOf(check, [object(old, kind)])).toBe('fail');
      expect(outcomeOf(check, [object(current, kind)])).toBe('pass');
    });

  test('releases do not overlap', () => {
    expect(outcomeOf(ApiVersionNotRemovedIn1_26, [object('batch/v1beta1', 'CronJob')])).toBe('pass');
    expect(outcomeOf(ApiVersionNotDeprecatedIn1_24, [object('policy/v1beta1', 'PodDisruptionBudget')])).toBe('pass');
  });
});
