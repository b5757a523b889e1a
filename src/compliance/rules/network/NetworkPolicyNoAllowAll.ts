import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

const ANY_ADDRESS = ['0.0.0.0/0', '::/0'];

/**
 * Tests whether a rule allows every peer on every port: no ports, and no peers or a peer that is
 * the whole address space without exceptions.
 */
function allowsAll(rule: Record<string, any>, peersField: 'from' | 'to'): boolean {
  if ((rule.ports ?? []).length > 0) {
    return false;
  }
  const peers: any[] = rule[peersField] ?? [];
  if (peers.length === 0) {
    return true;
  }
  return peers.some((peer) => ANY_ADDRESS.includes(peer?.ipBlock?.cidr) && (peer.ipBlock.except ?? []).length === 0);
}

/**
 * No NetworkPolicy rule allows all traffic from or to everywhere on every port.
 */
export const NetworkPolicyNoAllowAll: Check = {
  name: 'NetworkPolicyNoAllowAll',
  title: 'NetworkPolicy rules name their peers or ports instead of allowing everything.',
  rationale: 'A rule without ports and without peers (or with 0.0.0.0/0) undoes the isolation that the policy was meant to give.',
  fix: 'Give every ingress and egress rule the ports it needs and, where possible, the peers (namespaces, pods or address blocks).',
  kinds: ['NetworkPolicy'],
  check: (object: ManifestObject): RuleResult => {
    const violations: RuleViolation[] = [];
    (object.manifest.spec?.ingress ?? []).forEach((rule: any, index: number) => {
      if (allowsAll(rule ?? {}, 'from')) {
        violations.push({ fieldPath: `spec.ingress[${index}]`, message: `Ingress rule ${index} allows every source on every port. List the ports and sources it needs.` });
      }
    });
    (object.manifest.spec?.egress ?? []).forEach((rule: any, index: number) => {
      if (allowsAll(rule ?? {}, 'to')) {
        violations.push({ fieldPath: `spec.egress[${index}]`, message: `Egress rule ${index} allows every destination on every port. List the ports and destinations it needs.` });
      }
    });
    return violations.length > 0 ? violations : 'pass';
  },
};
