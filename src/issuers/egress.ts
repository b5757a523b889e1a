import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { EgressEndpoint } from './endpoint';
import { IssuerBase } from './issuer';
import { IssuerEgress } from './issuer-egress';
import { issuerSpecEndpoints } from './issuer-endpoints';

/**
 * Computes the egress rules that the cert-manager controller needs for the issuers declared in
 * the whole app, as Kubernetes NetworkPolicy `egress` entries (JSON).
 *
 * It reads the rendered spec of every `cert-manager.io` Issuer and ClusterIssuer object: those of
 * the `Issuer` and `ClusterIssuer` constructs, with their `egress` option, and hand-written
 * `ApiObject`s, which get computed rules.
 *
 * What the rules contain:
 * - the port of each ACME server, Vault server, Venafi endpoint and DNS provider API (443 unless
 *   the issuer's URL names another port), open to any address except the cloud instance metadata
 *   address 169.254.169.254, which hands out the node's cloud credentials;
 * - an `ipBlock` of /32 (IPv4) or /128 (IPv6) where the issuer names a literal IP: an RFC2136
 *   nameserver, or a URL with an IP host;
 * - TCP 80 and 443 to any address when an HTTP-01 solver exists, for cert-manager's self-check
 *   of the challenge URL, which follows redirects to HTTPS;
 * - UDP and TCP 53 to any address when a DNS-01 solver exists, for the propagation check against
 *   the authoritative nameservers;
 * - TCP 80 to the instance metadata address 169.254.169.254 when Cloud DNS or Azure DNS uses
 *   ambient credentials (GKE Workload Identity and Azure managed identities answer there). Route53
 *   with ambient credentials gets none: IRSA and EKS Pod Identity reach AWS STS over HTTPS;
 *   node-role credentials need `IssuerEgress.restrictTo(['169.254.169.254/32'])` or similar;
 * - nothing for CA and SelfSigned issuers, which sign inside the controller.
 *
 * What NetworkPolicy cannot express: it matches IP blocks, pods and namespaces, never host names,
 * so a rule for `acme-v02.api.letsencrypt.org:443` becomes "port 443 to any address". Use
 * `IssuerEgress.restrictTo()` to narrow such an issuer to known CIDR blocks. NetworkPolicy also
 * cannot filter by URL path or TLS server name; that takes an egress proxy or a CNI with layer-7
 * policies. The rules for the Kubernetes API server and for cluster DNS are not included here.
 *
 * An issuer with `IssuerEgress.allowAll(reason)` makes the result a single rule that allows all
 * egress; nothing else does.
 *
 * Issuers added after the call are not included, so call it lazily at synth time.
 *
 * @param scope any construct of the app; the search starts at the root
 * @returns NetworkPolicy egress rules, sorted and without duplicates
 */
export function issuerEgressRules(scope: IConstruct): any[] {
  const issuers = findIssuerObjects(scope);
  if (issuers.some((issuer) => issuer.egress.mode === 'allow-all')) {
    return [{}];
  }

  const anywherePorts = new Map<string, EgressEndpoint>();
  const byDestination = new Map<string, Map<string, EgressEndpoint>>();
  const addTo = (cidr: string, endpoint: EgressEndpoint) => {
    const ports = byDestination.get(cidr) ?? new Map<string, EgressEndpoint>();
    ports.set(portKey(endpoint), endpoint);
    byDestination.set(cidr, ports);
  };

  for (const issuer of issuers) {
    for (const endpoint of issuerSpecEndpoints(issuer.apiObject.toJson().spec)) {
      if (endpoint.ip !== undefined) {
        addTo(`${endpoint.ip}/${endpoint.ip.includes(':') ? 128 : 32}`, endpoint);
      } else if (issuer.egress.mode === 'restricted') {
        issuer.egress.cidrs.forEach((cidr) => addTo(cidr, endpoint));
      } else {
        anywherePorts.set(portKey(endpoint), endpoint);
      }
    }
  }

  const rules: any[] = [];
  if (anywherePorts.size > 0) {
    rules.push({ to: ANYWHERE_BUT_METADATA, ports: sortedPorts(anywherePorts) });
  }
  for (const cidr of [...byDestination.keys()].sort()) {
    rules.push({ to: [{ ipBlock: { cidr } }], ports: sortedPorts(byDestination.get(cidr)!) });
  }
  return rules;
}

/**
 * Returns the reasons of the issuers that request unrestricted egress, for example to annotate
 * the NetworkPolicy.
 */
export function issuerEgressAllowAllReasons(scope: IConstruct): string[] {
  return scope.node.root.node.findAll()
    .filter(IssuerBase.isIssuerBase)
    .filter((issuer) => issuer.egress.mode === 'allow-all')
    .map((issuer) => `${issuer.node.path}: ${issuer.egress.reason}`);
}

/**
 * Every address except the instance metadata service, which a rule that names only ports would
 * include. A rule of its own opens the metadata address where an issuer needs it.
 */
const ANYWHERE_BUT_METADATA = [
  { ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } },
  { ipBlock: { cidr: '::/0' } },
];

interface IssuerObject {
  readonly apiObject: ApiObject;
  readonly egress: IssuerEgress;
}

/** Finds the Issuer and ClusterIssuer API objects of the app, with the egress option of their construct. */
function findIssuerObjects(scope: IConstruct): IssuerObject[] {
  return scope.node.root.node.findAll()
    .filter((c): c is ApiObject => ApiObject.isApiObject(c))
    .filter((o) => o.apiVersion.startsWith('cert-manager.io/') && (o.kind === 'Issuer' || o.kind === 'ClusterIssuer'))
    .map((apiObject) => {
      const owner = apiObject.node.scope;
      return { apiObject, egress: IssuerBase.isIssuerBase(owner) ? owner.egress : IssuerEgress.computed() };
    });
}

function portKey(endpoint: EgressEndpoint): string {
  return `${endpoint.protocol}/${endpoint.port}`;
}

function sortedPorts(ports: Map<string, EgressEndpoint>): any[] {
  return [...ports.values()]
    .sort((a, b) => a.port - b.port || a.protocol.localeCompare(b.protocol))
    .map((endpoint) => ({ protocol: endpoint.protocol, port: endpoint.port }));
}
