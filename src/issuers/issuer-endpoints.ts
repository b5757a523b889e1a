import { AUTHORITATIVE_DNS, EgressEndpoint, endpointFromUrl, HTTPS_API, INSTANCE_METADATA, nameserverEndpoint } from './endpoint';

/**
 * Lists the endpoints that the cert-manager controller opens for one rendered Issuer or
 * ClusterIssuer spec. It reads the JSON that the API server would receive, so hand-written
 * `ApiObject`s and JSON patches count like the constructs' own output.
 *
 * The endpoints follow cert-manager v1.21.1: CA and SelfSigned issuers sign inside the controller
 * and open none. Fields that cannot be parsed add no endpoint, because cert-manager cannot use the
 * issuer either.
 */
export function issuerSpecEndpoints(spec: any): EgressEndpoint[] {
  if (spec === null || typeof spec !== 'object') {
    return [];
  }
  if (spec.acme) {
    const solvers: any[] = Array.isArray(spec.acme.solvers) ? spec.acme.solvers : [];
    return [...urlEndpoint(spec.acme.server), ...solvers.flatMap(solverEndpoints)];
  }
  if (spec.vault) {
    // The AWS auth method calls AWS STS itself before it logs in to Vault.
    return [...urlEndpoint(spec.vault.server), ...(spec.vault.auth?.aws ? [HTTPS_API] : [])];
  }
  if (spec.venafi) {
    const venafi = spec.venafi;
    if (venafi.tpp) {
      return urlEndpoint(venafi.tpp.url);
    }
    // Venafi Cloud and NGTS default to HTTPS URLs built into cert-manager.
    const url = venafi.cloud?.url ?? venafi.ngts?.url;
    return url === undefined ? [HTTPS_API] : urlEndpoint(url);
  }
  return [];
}

function solverEndpoints(solver: any): EgressEndpoint[] {
  if (solver?.http01) {
    // Before the ACME server validates the challenge, cert-manager fetches the challenge URL itself over
    // HTTP on port 80 of the challenged domain, which may resolve to any address, and follows
    // redirects, which may lead to HTTPS on port 443.
    return [{ port: 80, protocol: 'TCP' }, { port: 443, protocol: 'TCP' }];
  }
  const dns01 = solver?.dns01;
  if (!dns01) {
    return [];
  }
  return [...providerEndpoints(dns01), ...AUTHORITATIVE_DNS];
}

function providerEndpoints(dns01: any): EgressEndpoint[] {
  if (dns01.route53) {
    // Ambient Route53 credentials come from IRSA or EKS Pod Identity (AWS STS over HTTPS) or from
    // the node role through the metadata service, which this library does not open by default.
    return [HTTPS_API];
  }
  if (dns01.cloudDNS) {
    return [HTTPS_API, ...(dns01.cloudDNS.serviceAccountSecretRef ? [] : [INSTANCE_METADATA])];
  }
  if (dns01.azureDNS) {
    return [HTTPS_API, ...(dns01.azureDNS.clientSecretSecretRef ? [] : [INSTANCE_METADATA])];
  }
  if (dns01.rfc2136) {
    const endpoint = nameserverEndpoint(String(dns01.rfc2136.nameserver ?? ''), dns01.rfc2136.protocol === 'TCP' ? 'TCP' : 'UDP');
    return endpoint ? [endpoint] : [];
  }
  if (dns01.acmeDNS) {
    return urlEndpoint(dns01.acmeDNS.host);
  }
  if (dns01.webhook) {
    // cert-manager calls the webhook through the Kubernetes API server, so the controller needs no
    // egress beyond the API server. The webhook pod's own egress is the webhook's concern.
    return [];
  }
  // Cloudflare, DigitalOcean and Akamai are HTTPS APIs.
  return [HTTPS_API];
}

function urlEndpoint(value: unknown): EgressEndpoint[] {
  if (typeof value !== 'string') {
    return [];
  }
  try {
    return [endpointFromUrl(value)];
  } catch {
    // An unparsable URL is not usable by cert-manager either, so it needs no egress.
    return [];
  }
}
