import { POD_KINDS, checkPod, namespaceOf, selectorMatches } from '../../private/manifest';
import { policyCandidates, policyDirections } from '../../private/network';
import { Check } from '../../rule';

const METADATA_ADDRESS = '169.254.169.254';

/**
 * Tests whether an egress rule can reach the cloud metadata address on port 80: a rule with no
 * `to` peers, or an `ipBlock` whose CIDR contains the address and whose `except` list does not exclude it.
 */
function reachesMetadata(rule: Record<string, any>): boolean {
  const ports: any[] = rule.ports ?? [];
  if (ports.length > 0 && !ports.some(allowsPort80)) {
    return false;
  }
  const peers: any[] = rule.to ?? [];
  if (peers.length === 0) {
    return true;
  }
  return peers.some((peer) => {
    const block = peer?.ipBlock;
    if (!block) {
      return false;
    }
    if (!cidrContains(block.cidr, METADATA_ADDRESS)) {
      return false;
    }
    return !(block.except ?? []).some((except: string) => cidrContains(except, METADATA_ADDRESS));
  });
}

/**
 * Tests whether a NetworkPolicy port entry admits TCP port 80, where the metadata service
 * listens. Named ports are treated as admitting it, because the name is resolved per Pod.
 */
function allowsPort80(port: Record<string, any>): boolean {
  if ((port?.protocol ?? 'TCP') !== 'TCP') {
    return false;
  }
  if (port.port === undefined || typeof port.port === 'string') {
    return true;
  }
  const end = port.endPort ?? port.port;
  return port.port <= 80 && end >= 80;
}

function toNumber(address: string): number {
  return address.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function cidrContains(cidr: string | undefined, address: string): boolean {
  if (!cidr || cidr.includes(':')) {
    return false;
  }
  const [base, bits] = cidr.split('/');
  const prefix = bits === undefined ? 32 : Number(bits);
  const size = 2 ** (32 - prefix);
  const start = Math.floor(toNumber(base) / size) * size;
  const target = toNumber(address);
  return target >= start && target < start + size;
}

/**
 * The workload's egress policies keep its Pods away from the cloud instance metadata address.
 */
export const NetworkPolicyBlocksMetadataService: Check = {
  name: 'NetworkPolicyBlocksMetadataService',
  title: 'Egress NetworkPolicies keep Pods away from the cloud metadata address 169.254.169.254.',
  rationale: 'The instance metadata service hands out the node\'s cloud credentials to any Pod that can reach it.',
  fix: 'Restrict the workload\'s egress with NetworkPolicies, and add `169.254.169.254/32` to `except` in every `ipBlock` that would contain it.',
  kinds: POD_KINDS,
  check: checkPod((pod, object, all) => {
    const policies = policyCandidates(all, namespaceOf(object.manifest), pod.labels)
      .filter((policy) => selectorMatches(policy.manifest.spec?.podSelector ?? {}, pod.labels))
      .filter((policy) => policyDirections(policy.manifest).includes('Egress'));
    if (policies.length === 0) {
      return [{ fieldPath: 'metadata.namespace', message: 'No NetworkPolicy restricts egress of these pods, so they can reach 169.254.169.254. Add an egress policy.' }];
    }
    for (const policy of policies) {
      for (const rule of policy.manifest.spec?.egress ?? []) {
        if (reachesMetadata(rule ?? {})) {
          return [{
            fieldPath: 'metadata.namespace',
            message: `NetworkPolicy ${policy.manifest.metadata?.name} allows egress that includes 169.254.169.254. List explicit peers or add 169.254.169.254/32 to ipBlock.except.`,
          }];
        }
      }
    }
    return [];
  }),
};
