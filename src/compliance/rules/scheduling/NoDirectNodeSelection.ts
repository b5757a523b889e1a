import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';

/** Pods set neither `nodeSelector` nor `nodeName`. */
export const NoDirectNodeSelection: Check = {
  name: 'NoDirectNodeSelection',
  title: 'Pods do not pick their nodes directly',
  rationale: 'Node selection by workload authors can steer pods onto nodes reserved for other tenants or for sensitive workloads.',
  fix: 'Remove spec.nodeSelector and spec.nodeName, or suppress the finding for an approved selector such as kubernetes.io/os.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const violations: RuleViolation[] = [];
    if (pod.spec.nodeSelector && Object.keys(pod.spec.nodeSelector).length > 0) {
      violations.push({ fieldPath: `${pod.specPath}.nodeSelector`, message: `The pods set nodeSelector ${JSON.stringify(pod.spec.nodeSelector)}. Remove it or suppress the finding for an approved selector.` });
    }
    if (pod.spec.nodeName) violations.push({ fieldPath: `${pod.specPath}.nodeName`, message: `The pods set nodeName "${pod.spec.nodeName}". Remove it.` });
    return resultOf(violations);
  },
};
