import { allOf } from '../../private/combine';
import { NamespaceLimitRange } from '../namespace/NamespaceLimitRange';
import { NamespaceResourceQuota } from '../namespace/NamespaceResourceQuota';

/** Every namespace with workloads has both a ResourceQuota and a LimitRange. */
export const NamespaceQuotaAndLimitRange = allOf({
  name: 'NamespaceQuotaAndLimitRange',
  title: 'Namespaces have a ResourceQuota and a LimitRange',
  rationale: 'A quota caps what the namespace may use in total, and a LimitRange gives containers without resources a default.',
  fix: 'Add a ResourceQuota and a LimitRange to each namespace with workloads.',
  checks: [NamespaceResourceQuota, NamespaceLimitRange],
});
