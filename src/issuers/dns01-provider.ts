import { nameserverEndpoint } from './endpoint';
import { SecretKeySelector, ServiceAccountRef } from './references';
import { checkDnsName, checkObjectName, checkRequired, checkUrl } from './validation';

/**
 * Options of the Route53 DNS-01 provider.
 *
 * Without `accessKeyIdSecretRef`, `secretAccessKeySecretRef` and `serviceAccountRef`, cert-manager
 * uses the ambient credentials of its own pod: IAM Roles for Service Accounts (IRSA) or EKS Pod
 * Identity set on the controller's ServiceAccount, or the node's instance profile.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/route53/
 */
export interface Route53Options {
  /**
   * AWS region of the Route53 API calls.
   *
   * @default - cert-manager takes the region from the ambient AWS configuration
   */
  readonly region?: string;

  /**
   * ID of the hosted zone to change, which skips the zone lookup and the `route53:ListHostedZonesByName` permission.
   *
   * @default - cert-manager finds the zone by name
   */
  readonly hostedZoneId?: string;

  /**
   * ARN of an IAM role that cert-manager assumes with the credentials it has.
   *
   * @default - no role is assumed
   */
  readonly role?: string;

  /**
   * Secret key that contains the access key ID of a static IAM user key. Set it together with
   * `secretAccessKeySecretRef`.
   *
   * @default - no static key; ambient credentials or `serviceAccountRef` are used
   */
  readonly accessKeyIdSecretRef?: SecretKeySelector;

  /**
   * Secret key that contains the secret access key of a static IAM user key. Set it together with
   * `accessKeyIdSecretRef`.
   *
   * @default - no static key; ambient credentials or `serviceAccountRef` are used
   */
  readonly secretAccessKeySecretRef?: SecretKeySelector;

  /**
   * ServiceAccount whose token cert-manager exchanges for the credentials of `role` through
   * `AssumeRoleWithWebIdentity` (`auth.kubernetes.serviceAccountRef`). Requires `role`.
   *
   * @default - no ServiceAccount token is used
   */
  readonly serviceAccountRef?: ServiceAccountRef;
}

/**
 * Options of the Google Cloud DNS provider.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/google/
 */
export interface CloudDnsOptions {
  /** ID of the Google Cloud project that contains the managed zone. */
  readonly project: string;

  /**
   * Name of the managed zone, which skips the zone lookup.
   *
   * @default - cert-manager finds the zone by name
   */
  readonly hostedZoneName?: string;

  /**
   * Secret key that contains a service account key in JSON.
   *
   * @default - ambient credentials: GKE Workload Identity or the node's service account
   */
  readonly serviceAccountSecretRef?: SecretKeySelector;
}

/**
 * Azure clouds, with the values that cert-manager accepts.
 */
export enum AzureDnsEnvironment {
  /** Azure public cloud. */
  AZURE_PUBLIC_CLOUD = 'AzurePublicCloud',
  /** Azure China cloud. */
  AZURE_CHINA_CLOUD = 'AzureChinaCloud',
  /** Azure Germany cloud. */
  AZURE_GERMAN_CLOUD = 'AzureGermanCloud',
  /** Azure US Government cloud. */
  AZURE_US_GOVERNMENT_CLOUD = 'AzureUSGovernmentCloud',
}

/**
 * Azure DNS zone types.
 */
export enum AzureDnsZoneType {
  /** A public DNS zone. */
  AZURE_PUBLIC_ZONE = 'AzurePublicZone',
  /** A private DNS zone. */
  AZURE_PRIVATE_ZONE = 'AzurePrivateZone',
}

/**
 * An Azure managed identity, either a workload identity or a pod-managed identity.
 */
export interface AzureManagedIdentity {
  /**
   * Client ID of the identity.
   *
   * @default - the identity that the environment provides
   */
  readonly clientId?: string;

  /**
   * Resource ID of the identity; not supported by workload identity.
   *
   * @default - the identity that the environment provides
   */
  readonly resourceId?: string;

  /**
   * Tenant ID of the identity, needed when it lives in another tenant than the DNS zone.
   *
   * @default - the tenant that the environment provides
   */
  readonly tenantId?: string;
}

/**
 * Options of the Azure DNS provider.
 *
 * Authenticate either with a service principal (`clientId`, `clientSecretSecretRef` and
 * `tenantId` together) or with a managed identity (`managedIdentity`, or nothing for the
 * environment's default identity).
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/azuredns/
 */
export interface AzureDnsOptions {
  /** ID of the Azure subscription that contains the zone. */
  readonly subscriptionId: string;

  /** Resource group of the zone. */
  readonly resourceGroupName: string;

  /**
   * Name of the DNS zone.
   *
   * @default - cert-manager finds the zone by name
   */
  readonly hostedZoneName?: string;

  /**
   * Azure cloud.
   *
   * @default AzureDnsEnvironment.AZURE_PUBLIC_CLOUD (cert-manager's default)
   */
  readonly environment?: AzureDnsEnvironment;

  /**
   * Zone type.
   *
   * @default - cert-manager treats the zone as public
   */
  readonly zoneType?: AzureDnsZoneType;

  /**
   * Client ID of a service principal.
   *
   * @default - no service principal; a managed identity is used
   */
  readonly clientId?: string;

  /**
   * Secret key that contains the client secret of the service principal.
   *
   * @default - no service principal; a managed identity is used
   */
  readonly clientSecretSecretRef?: SecretKeySelector;

  /**
   * Tenant ID of the service principal.
   *
   * @default - no service principal; a managed identity is used
   */
  readonly tenantId?: string;

  /**
   * Managed identity to authenticate with.
   *
   * @default - the environment's default identity when no service principal is set
   */
  readonly managedIdentity?: AzureManagedIdentity;
}

/**
 * Options of the Cloudflare provider. Set exactly one of `apiTokenSecretRef` and `apiKeySecretRef`.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/cloudflare/
 */
export interface CloudflareOptions {
  /**
   * Secret key that contains an API token limited to `Zone:DNS:Edit` on the needed zones, which
   * Cloudflare recommends over the global API key.
   *
   * @default - no API token; `apiKeySecretRef` must be set
   */
  readonly apiTokenSecretRef?: SecretKeySelector;

  /**
   * Secret key that contains the account's global API key. Requires `email`.
   *
   * @default - no API key; `apiTokenSecretRef` must be set
   */
  readonly apiKeySecretRef?: SecretKeySelector;

  /**
   * Email address of the Cloudflare account, required with `apiKeySecretRef`.
   *
   * @default - no email
   */
  readonly email?: string;
}

/**
 * Options of the DigitalOcean provider.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/digitalocean/
 */
export interface DigitalOceanOptions {
  /** Secret key that contains a DigitalOcean API token. */
  readonly tokenSecretRef: SecretKeySelector;
}

/**
 * TSIG algorithms that cert-manager v1.21.1 accepts for RFC2136 updates.
 */
export enum TsigAlgorithm {
  /** HMAC-MD5, cert-manager's default; prefer a SHA-2 algorithm. */
  HMAC_MD5 = 'HMACMD5',
  /** HMAC-SHA1. */
  HMAC_SHA1 = 'HMACSHA1',
  /** HMAC-SHA256. */
  HMAC_SHA256 = 'HMACSHA256',
  /** HMAC-SHA512. */
  HMAC_SHA512 = 'HMACSHA512',
}

/**
 * Transport protocols of RFC2136 updates.
 */
export enum Rfc2136Protocol {
  /** UDP, cert-manager's default. */
  UDP = 'UDP',
  /** TCP. */
  TCP = 'TCP',
}

/**
 * Options of the RFC2136 (dynamic DNS update) provider.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/rfc2136/
 */
export interface Rfc2136Options {
  /**
   * Address of the primary nameserver: `IP`, `IP:port`, `[IPv6]:port` or a host name with an
   * optional port. The port defaults to 53.
   */
  readonly nameserver: string;

  /**
   * Name of the TSIG key. Set it together with `tsigSecretSecretRef`.
   *
   * @default - updates are not signed
   */
  readonly tsigKeyName?: string;

  /**
   * Secret key that contains the TSIG secret. Set it together with `tsigKeyName`.
   *
   * @default - updates are not signed
   */
  readonly tsigSecretSecretRef?: SecretKeySelector;

  /**
   * TSIG algorithm.
   *
   * @default TsigAlgorithm.HMAC_SHA256
   */
  readonly tsigAlgorithm?: TsigAlgorithm;

  /**
   * Transport protocol of the updates.
   *
   * @default Rfc2136Protocol.UDP (cert-manager's default)
   */
  readonly protocol?: Rfc2136Protocol;
}

/**
 * Options of the acme-dns provider.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/acme-dns/
 */
export interface AcmeDnsOptions {
  /** URL of the acme-dns server, for example `https://auth.acme-dns.io`. */
  readonly host: string;

  /** Secret key that contains the JSON file of acme-dns account registrations. */
  readonly accountSecretRef: SecretKeySelector;
}

/**
 * Options of the Akamai Edge DNS provider.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/akamai/
 */
export interface AkamaiOptions {
  /** The EdgeGrid API host, for example `akab-xxxx.luna.akamaiapis.net`. */
  readonly serviceConsumerDomain: string;
  /** Secret key that contains the EdgeGrid client token. */
  readonly clientTokenSecretRef: SecretKeySelector;
  /** Secret key that contains the EdgeGrid client secret. */
  readonly clientSecretSecretRef: SecretKeySelector;
  /** Secret key that contains the EdgeGrid access token. */
  readonly accessTokenSecretRef: SecretKeySelector;
}

/**
 * Options of an external DNS-01 webhook solver.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/webhook/
 */
export interface WebhookOptions {
  /** API group of the webhook's APIService, for example `acme.example.com`. */
  readonly groupName: string;

  /** Name of the solver within the webhook. */
  readonly solverName: string;

  /**
   * Solver configuration that cert-manager passes to the webhook unchanged. Put credentials in a
   * Secret and reference it here, never inline.
   *
   * @default - no configuration
   */
  readonly config?: { [key: string]: any };
}

/**
 * The DNS provider of a DNS-01 solver.
 *
 * @see https://cert-manager.io/docs/configuration/acme/dns01/
 */
export class Dns01Provider {
  /** Amazon Route53. */
  public static route53(options: Route53Options = {}): Dns01Provider {
    return new Dns01Provider('route53', options);
  }

  /** Google Cloud DNS. */
  public static cloudDns(options: CloudDnsOptions): Dns01Provider {
    return new Dns01Provider('cloudDNS', options);
  }

  /** Azure DNS. */
  public static azureDns(options: AzureDnsOptions): Dns01Provider {
    return new Dns01Provider('azureDNS', options);
  }

  /** Cloudflare. */
  public static cloudflare(options: CloudflareOptions): Dns01Provider {
    return new Dns01Provider('cloudflare', options);
  }

  /** DigitalOcean. */
  public static digitalOcean(options: DigitalOceanOptions): Dns01Provider {
    return new Dns01Provider('digitalocean', options);
  }

  /** A nameserver that accepts RFC2136 dynamic updates, such as BIND or PowerDNS. */
  public static rfc2136(options: Rfc2136Options): Dns01Provider {
    return new Dns01Provider('rfc2136', options);
  }

  /** An acme-dns server. */
  public static acmeDns(options: AcmeDnsOptions): Dns01Provider {
    return new Dns01Provider('acmeDNS', options);
  }

  /** Akamai Edge DNS. */
  public static akamai(options: AkamaiOptions): Dns01Provider {
    return new Dns01Provider('akamai', options);
  }

  /** An external solver served by a webhook that is installed separately. */
  public static webhook(options: WebhookOptions): Dns01Provider {
    return new Dns01Provider('webhook', options);
  }

  /** Field name of the provider under `dns01`, as cert-manager writes it. */
  public readonly providerName: string;

  private constructor(providerName: string, private readonly options: any) {
    this.providerName = providerName;
  }

  /**
   * Lists the problems of the options, with `prefix` as the prop path that the user wrote.
   *
   * @internal
   */
  public _validate(prefix: string): string[] {
    const p = `${prefix}.${this.providerName}`;
    switch (this.providerName) {
      case 'route53': return validateRoute53(p, this.options);
      case 'cloudDNS': return validateCloudDns(p, this.options);
      case 'azureDNS': return validateAzureDns(p, this.options);
      case 'cloudflare': return validateCloudflare(p, this.options);
      case 'digitalocean': return validateSecretRefs(p, this.options, ['tokenSecretRef']);
      case 'rfc2136': return validateRfc2136(p, this.options);
      case 'acmeDNS': return validateAcmeDns(p, this.options);
      case 'akamai': return validateAkamai(p, this.options);
      case 'webhook': return validateWebhook(p, this.options);
      default: return [];
    }
  }

  /**
   * Renders the provider's part of `dns01`, in the shape of the generated CRD types.
   *
   * @internal
   */
  public _render(): { [key: string]: any } {
    const o = this.options;
    switch (this.providerName) {
      case 'route53':
        return {
          route53: {
            region: o.region,
            hostedZoneId: o.hostedZoneId,
            role: o.role,
            accessKeyIdSecretRef: o.accessKeyIdSecretRef,
            secretAccessKeySecretRef: o.secretAccessKeySecretRef,
            auth: o.serviceAccountRef ? { kubernetes: { serviceAccountRef: o.serviceAccountRef } } : undefined,
          },
        };
      case 'azureDNS':
        return {
          azureDns: {
            subscriptionId: o.subscriptionId,
            resourceGroupName: o.resourceGroupName,
            hostedZoneName: o.hostedZoneName,
            environment: o.environment,
            zoneType: o.zoneType,
            clientId: o.clientId,
            clientSecretSecretRef: o.clientSecretSecretRef,
            tenantId: o.tenantId,
            managedIdentity: o.managedIdentity,
          },
        };
      case 'rfc2136':
        return {
          rfc2136: {
            nameserver: o.nameserver,
            tsigKeyName: o.tsigKeyName,
            tsigSecretSecretRef: o.tsigSecretSecretRef,
            tsigAlgorithm: o.tsigKeyName ? o.tsigAlgorithm ?? TsigAlgorithm.HMAC_SHA256 : undefined,
            protocol: o.protocol,
          },
        };
      case 'cloudDNS': return { cloudDns: { ...o } };
      case 'acmeDNS': return { acmeDns: { ...o } };
      default: return { [this.providerName]: { ...o } };
    }
  }
}

function validateSecretRefs(prefix: string, options: any, names: string[]): string[] {
  const errors: string[] = [];
  for (const name of names) {
    const ref: SecretKeySelector | undefined = options[name];
    if (ref === undefined) {
      errors.push(`${prefix}.${name} is missing. Reference the Secret key that contains the credential.`);
      continue;
    }
    const problem = checkObjectName(`${prefix}.${name}.name`, ref.name);
    if (problem) {
      errors.push(problem);
    }
  }
  return errors;
}

function optionalSecretRefs(prefix: string, options: any, names: string[]): string[] {
  return validateSecretRefs(prefix, options, names.filter((name) => options[name] !== undefined));
}

function validateRoute53(p: string, o: Route53Options): string[] {
  const errors = optionalSecretRefs(p, o, ['accessKeyIdSecretRef', 'secretAccessKeySecretRef']);
  if ((o.accessKeyIdSecretRef === undefined) !== (o.secretAccessKeySecretRef === undefined)) {
    errors.push(`${p}.accessKeyIdSecretRef and ${p}.secretAccessKeySecretRef must be set together, but only one is set. Set both for a static key, or neither to use ambient credentials.`);
  }
  if (o.serviceAccountRef && o.accessKeyIdSecretRef) {
    errors.push(`${p}.serviceAccountRef cannot be combined with a static key. Remove accessKeyIdSecretRef and secretAccessKeySecretRef, or remove serviceAccountRef.`);
  }
  if (o.serviceAccountRef && !o.role) {
    errors.push(`${p}.role is missing, but serviceAccountRef needs a role to assume. Set role to the ARN of the IAM role that trusts the ServiceAccount.`);
  }
  if (o.role !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(o.role)) {
    errors.push(`${p}.role "${o.role}" is not an IAM role ARN. Use the form "arn:aws:iam::123456789012:role/cert-manager".`);
  }
  if (o.hostedZoneId !== undefined && !/^[A-Z0-9]{1,32}$/.test(o.hostedZoneId)) {
    errors.push(`${p}.hostedZoneId "${o.hostedZoneId}" is not a Route53 hosted zone ID. Use the ID without the "/hostedzone/" prefix, for example "Z0123456789ABCDEFGHIJ".`);
  }
  if (o.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(o.region)) {
    errors.push(`${p}.region "${o.region}" is not an AWS region. Use a region code such as "eu-west-1".`);
  }
  return errors;
}

function validateCloudDns(p: string, o: CloudDnsOptions): string[] {
  const errors = optionalSecretRefs(p, o, ['serviceAccountSecretRef']);
  if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(o.project ?? '')) {
    errors.push(`${p}.project "${o.project}" is not a Google Cloud project ID. Use 6 to 30 lowercase letters, digits and hyphens, starting with a letter.`);
  }
  return errors;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function validateAzureDns(p: string, o: AzureDnsOptions): string[] {
  const errors = optionalSecretRefs(p, o, ['clientSecretSecretRef']);
  for (const [name, value] of [['subscriptionId', o.subscriptionId], ['tenantId', o.tenantId], ['clientId', o.clientId]] as const) {
    if (value !== undefined && !GUID.test(value)) {
      errors.push(`${p}.${name} "${value}" is not a GUID. Use the ID as Azure shows it, for example "00000000-0000-0000-0000-000000000000".`);
    }
  }
  const missing = checkRequired(`${p}.resourceGroupName`, o.resourceGroupName, 'Set it to the resource group of the DNS zone.');
  if (missing) {
    errors.push(missing);
  }
  const principal = [o.clientId, o.clientSecretSecretRef, o.tenantId].filter((v) => v !== undefined).length;
  if (principal !== 0 && principal !== 3) {
    errors.push(`${p}.clientId, ${p}.clientSecretSecretRef and ${p}.tenantId must be set together for a service principal, but only ${principal} of them is set. Set all three, or none to use a managed identity.`);
  }
  if (principal !== 0 && o.managedIdentity) {
    errors.push(`${p}.managedIdentity cannot be combined with a service principal. Remove clientId, clientSecretSecretRef and tenantId, or remove managedIdentity.`);
  }
  return errors;
}

function validateCloudflare(p: string, o: CloudflareOptions): string[] {
  const errors = optionalSecretRefs(p, o, ['apiTokenSecretRef', 'apiKeySecretRef']);
  if ((o.apiTokenSecretRef === undefined) === (o.apiKeySecretRef === undefined)) {
    errors.push(`${p} must set exactly one of apiTokenSecretRef and apiKeySecretRef. Prefer apiTokenSecretRef with a token limited to editing DNS records of the needed zones.`);
  }
  if (o.apiKeySecretRef && !o.email) {
    errors.push(`${p}.email is missing, but apiKeySecretRef needs the account's email. Set email, or use apiTokenSecretRef instead.`);
  }
  return errors;
}

function validateRfc2136(p: string, o: Rfc2136Options): string[] {
  const errors = optionalSecretRefs(p, o, ['tsigSecretSecretRef']);
  if (nameserverEndpoint(o.nameserver ?? '', 'UDP') === undefined) {
    errors.push(`${p}.nameserver "${o.nameserver}" is invalid. Use "IP", "IP:port" or "[IPv6]:port", for example "10.0.0.53:53".`);
  }
  if ((o.tsigKeyName === undefined) !== (o.tsigSecretSecretRef === undefined)) {
    errors.push(`${p}.tsigKeyName and ${p}.tsigSecretSecretRef must be set together, but only one is set. Set both to sign updates.`);
  }
  return errors;
}

function validateAcmeDns(p: string, o: AcmeDnsOptions): string[] {
  const errors = validateSecretRefs(p, o, ['accountSecretRef']);
  const problem = checkUrl(`${p}.host`, o.host ?? '', ['https', 'http']);
  if (problem) {
    errors.push(problem);
  }
  return errors;
}

function validateAkamai(p: string, o: AkamaiOptions): string[] {
  const errors = validateSecretRefs(p, o, ['clientTokenSecretRef', 'clientSecretSecretRef', 'accessTokenSecretRef']);
  const problem = checkDnsName(`${p}.serviceConsumerDomain`, o.serviceConsumerDomain ?? '', false);
  if (problem) {
    errors.push(problem);
  }
  return errors;
}

function validateWebhook(p: string, o: WebhookOptions): string[] {
  const errors: string[] = [];
  const group = checkDnsName(`${p}.groupName`, o.groupName ?? '', false);
  if (group) {
    errors.push(group);
  }
  const solver = checkRequired(`${p}.solverName`, o.solverName, 'Set it to the solver name that the webhook registers.');
  if (solver) {
    errors.push(solver);
  }
  return errors;
}
