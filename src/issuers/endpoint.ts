import { isIpAddress, stripBrackets } from './validation';

/**
 * A network destination that the cert-manager controller opens on behalf of an issuer.
 * NetworkPolicy matches addresses, never host names, so `ip` is set only when the issuer
 * names a literal IP address.
 */
export interface EgressEndpoint {
  /** Destination port. */
  readonly port: number;
  /** Transport protocol. */
  readonly protocol: 'TCP' | 'UDP';
  /** Literal IPv4 or IPv6 address of the destination, without brackets; absent for host names. */
  readonly ip?: string;
}

/** Default ports of the URL schemes that issuers use. */
const SCHEME_PORTS: Record<string, number> = { 'https:': 443, 'http:': 80 };

/**
 * Returns the TCP endpoint of an `http` or `https` URL: the URL's port, or the scheme's default
 * port, and the address when the host is a literal IP.
 */
export function endpointFromUrl(value: string): EgressEndpoint {
  const url = new URL(value);
  const port = url.port !== '' ? Number(url.port) : SCHEME_PORTS[url.protocol] ?? 443;
  const host = stripBrackets(url.hostname);
  return isIpAddress(host) ? { port, protocol: 'TCP', ip: host } : { port, protocol: 'TCP' };
}

/** Endpoint of an HTTPS API that only a host name identifies, such as a cloud provider's DNS API. */
export const HTTPS_API: EgressEndpoint = { port: 443, protocol: 'TCP' };

/**
 * The link-local instance metadata service of AWS, Azure and Google Cloud, which serves ambient
 * credentials to workloads that have no static key.
 * NOTE: credential agents on other link-local addresses, such as the EKS Pod Identity agent, are
 * not covered.
 */
export const INSTANCE_METADATA: EgressEndpoint = { port: 80, protocol: 'TCP', ip: '169.254.169.254' };

/**
 * DNS queries to the authoritative nameservers of the challenged zone. In cert-manager v1.21.1
 * the DNS-01 propagation check finds them through the recursive nameservers and then queries them
 * directly on port 53, over UDP with a TCP retry, unless the controller runs with
 * `--dns01-recursive-nameservers-only`.
 */
export const AUTHORITATIVE_DNS: EgressEndpoint[] = [
  { port: 53, protocol: 'UDP' },
  { port: 53, protocol: 'TCP' },
];

/**
 * Returns the endpoint of an RFC2136 nameserver, parsed the way cert-manager v1.21.1 does it:
 * `IP`, `IP:port`, `[IPv6]`, `[IPv6]:port` or a host name with an optional port, the port
 * defaulting to 53. Returns undefined when the value has no host or an invalid port.
 */
export function nameserverEndpoint(nameserver: string, protocol: 'TCP' | 'UDP'): EgressEndpoint | undefined {
  const value = nameserver.trim();
  let host = value;
  let portText = '';
  const bracketed = /^\[([^\]]+)\](?::(\d*))?$/.exec(value);
  if (bracketed) {
    host = bracketed[1];
    portText = bracketed[2] ?? '';
  } else if ((value.match(/:/g) ?? []).length === 1) {
    [host, portText] = value.split(':');
  }
  const port = portText === '' ? 53 : Number(portText);
  if (host === '' || !/^\d*$/.test(portText) || port < 1 || port > 65535) {
    return undefined;
  }
  return isIpAddress(host) ? { port, protocol, ip: stripBrackets(host) } : { port, protocol };
}
