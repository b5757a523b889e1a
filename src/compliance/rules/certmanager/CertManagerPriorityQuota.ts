import { certManagerComponentOf } from '../../private/cert-manager';
import { namespaceOf } from '../../private/manifest';
import { indexedObjectsIn } from '../../private/object-index';
import { Check } from '../../rule';

const CRITICAL_CLASSES = ['system-node-critical', 'system-cluster-critical'];

/**
 * Tests whether a ResourceQuota admits Pods of the critical priority classes.
 */
function admitsCriticalPriority(quota: Record<string, any>): boolean {
  return (quota.spec?.scopeSelector?.matchExpressions ?? []).some((expression: any) => expression?.scopeName === 'PriorityClass'
    && expression.operator === 'In'
    && CRITICAL_CLASSES.some((name) => (expression.values ?? []).includes(name)));
}

/**
 * A ResourceQuota in the cert-manager namespace admits the critical priority classes, for
 * clusters that restrict them to some namespaces.
 */
export const CertManagerPriorityQuota: Check = {
  name: 'CertManagerPriorityQuota',
  title: 'A ResourceQuota in the cert-manager namespace admits Pods of the critical priority classes.',
  rationale: 'Clusters that limit critical priority classes to some namespaces (GKE does by default) reject cert-manager Pods that use them unless a ResourceQuota with a PriorityClass scope admits them.',
  fix: `Add a ResourceQuota in the cert-manager namespace with \`scopeSelector.matchExpressions: [{ scopeName: PriorityClass, operator: In, values: [${CRITICAL_CLASSES.join(', ')}] }]\`.`,
  kinds: ['Deployment', 'Job'],
  check: (object, all) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found || !CRITICAL_CLASSES.includes(found.pod.spec.priorityClassName)) {
      return 'not-applicable';
    }
    const namespace = namespaceOf(object.manifest);
    if (indexedObjectsIn(all, ['ResourceQuota'], namespace).some((o) => admitsCriticalPriority(o.manifest))) {
      return 'pass';
    }
    return {
      notEvaluated: `No ResourceQuota in namespace ${namespace ?? '(unset)'} admits the critical priority classes. Whether the cluster requires one is not visible in manifests.`,
    };
  },
};
