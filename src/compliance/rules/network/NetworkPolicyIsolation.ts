import { NetworkPolicyDefaultDeny } from './NetworkPolicyDefaultDeny';
import { NetworkPolicySelectsPods } from './NetworkPolicySelectsPods';
import { allOf } from '../../private/combine';

/**
 * Each workload namespace denies traffic by default, and policies select every workload for both
 * directions.
 */
export const NetworkPolicyIsolation = allOf({
  name: 'NetworkPolicyIsolation',
  title: 'Namespaces deny traffic by default and NetworkPolicies select every workload for ingress and egress.',
  rationale: 'Default deny plus explicit allow rules is the only NetworkPolicy setup under which a flow exists because someone decided it should.',
  fix: 'Add a default-deny NetworkPolicy to each namespace and a policy per workload that allows only its needed flows.',
  checks: [NetworkPolicyDefaultDeny, NetworkPolicySelectsPods],
});
