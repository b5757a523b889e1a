import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';

const CONTROL_PLANE_TAINTS = ['node-role.kubernetes.io/master', 'node-role.kubernetes.io/control-plane'];

/** Pods do not tolerate the control-plane node taints. */
export const NoControlPlaneTolerations: Check = {
  name: 'NoControlPlaneTolerations',
  title: 'Pods do not tolerate control-plane taints',
  rationale: 'Application pods on control-plane nodes compete with the API server and etcd and get closer to their credentials.',
  fix: 'Remove tolerations for node-role.kubernetes.io/control-plane and node-role.kubernetes.io/master.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    return resultOf((pod.spec.tolerations ?? []).flatMap((toleration: any, index: number) => (CONTROL_PLANE_TAINTS.includes(toleration?.key)
      ? [{ fieldPath: `${pod.specPath}.tolerations[${index}]`, message: `The pods tolerate the taint ${toleration.key}. Remove the toleration.` }]
      : [])));
  },
};
