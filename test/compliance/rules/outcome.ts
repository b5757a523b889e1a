import { Check } from '../../../src/compliance/rule';
import { deployment, hardenedContainer, hardenedPodSpec, runCheck, synthesize } from '../manifests';

/** The outcome of a check on one object, reduced to a word. */
export type Outcome = 'pass' | 'fail' | 'not-applicable' | 'not-evaluated';

/**
 * Synthesizes the manifests as one app and runs the check on the object at `index` (default the
 * first), with the whole app as context.
 */
export function outcomeOf(check: Check, manifests: Record<string, any>[], index = 0): Outcome {
  const objects = synthesize(...manifests);
  const result = runCheck(check, objects[index], objects);
  if (result === 'pass' || result === 'not-applicable') return result;
  if (Array.isArray(result)) {
    if (result.length === 0) throw new Error('A check returned an empty violation list instead of pass.');
    return 'fail';
  }
  return 'not-evaluated';
}

/** Runs the check and returns the violation messages, or an empty list when it does not fail. */
export function messagesOf(check: Check, manifests: Record<string, any>[], index = 0): string[] {
  const objects = synthesize(...manifests);
  const result = runCheck(check, objects[index], objects);
  return Array.isArray(result) ? result.map((violation) => `${violation.fieldPath}: ${violation.message}`) : [];
}

/** A hardened Deployment whose only container has the given overrides. */
export function withContainer(overrides: Record<string, any>, pod: Record<string, any> = {}): Record<string, any> {
  return deployment(hardenedPodSpec({ ...pod, containers: [hardenedContainer(overrides)] }));
}

/** A hardened Deployment whose pod spec has the given overrides. */
export function withPod(overrides: Record<string, any>): Record<string, any> {
  return deployment(hardenedPodSpec(overrides));
}

/** A ConfigMap, a kind that no workload check reads. */
export function configMap(name = 'settings', data: Record<string, string> = {}, namespace = 'apps'): Record<string, any> {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data };
}

/** One row of a check table: the check, the manifests of the app and the expected outcome on the first. */
export type Case = [string, Check, Record<string, any>[], Outcome];
