import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';

/** Pods turn off service links and cluster DNS (`enableServiceLinks: false`, `dnsPolicy: Default`). */
export const ServiceDiscoveryDisabled: Check = {
  name: 'ServiceDiscoveryDisabled',
  title: 'Pods do not discover cluster Services',
  rationale: 'Service environment variables and cluster DNS let a compromised pod map every Service of the namespace or cluster.',
  fix: 'Set spec.enableServiceLinks: false and spec.dnsPolicy: Default, or suppress the finding for pods that resolve cluster Services.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const violations: RuleViolation[] = [];
    if (pod.spec.enableServiceLinks !== false) {
      violations.push({ fieldPath: `${pod.specPath}.enableServiceLinks`, message: 'Service links are on. Set enableServiceLinks: false.' });
    }
    if (pod.spec.dnsPolicy !== 'Default') {
      violations.push({ fieldPath: `${pod.specPath}.dnsPolicy`, message: `dnsPolicy is ${pod.spec.dnsPolicy ?? 'unset (ClusterFirst)'}. Set it to Default, or suppress the finding if the pod must resolve cluster Services.` });
    }
    return resultOf(violations);
  },
};
