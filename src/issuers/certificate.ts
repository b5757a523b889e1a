import { isIP } from 'net';
import { ApiObject, ApiObjectMetadata, Chart, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { certManagerImports } from './generated-imports';
import { describeMilliseconds, formatGoDuration } from './go-duration';
import { IIssuer } from './issuer';
import { checkDnsName, checkObjectName, checkUrl } from './validation';
import type * as imports from '../imports/cert-manager.io';

/**
 * Private key algorithms that cert-manager supports.
 */
export enum PrivateKeyAlgorithm {
  /** RSA. */
  RSA = 'RSA',
  /** ECDSA. */
  ECDSA = 'ECDSA',
  /** Ed25519. */
  ED25519 = 'Ed25519',
}

/**
 * Handling of the private key when cert-manager reissues a certificate.
 */
export enum PrivateKeyRotationPolicy {
  /** Generate a new key on every issuance, cert-manager's default since v1.18. */
  ALWAYS = 'Always',
  /** Reuse the key in the Secret, if any. */
  NEVER = 'Never',
}

/**
 * Encodings of the private key in the Secret.
 */
export enum PrivateKeyEncoding {
  /** PKCS#1, cert-manager's default. */
  PKCS1 = 'PKCS1',
  /** PKCS#8. */
  PKCS8 = 'PKCS8',
}

/**
 * The private key of a certificate: algorithm and size.
 */
export class PrivateKey {
  /**
   * An ECDSA key on the NIST curve of the given size.
   *
   * @param curveBits 256 (P-256), 384 (P-384) or 521 (P-521)
   */
  public static ecdsa(curveBits: number = 256): PrivateKey {
    return new PrivateKey(PrivateKeyAlgorithm.ECDSA, curveBits);
  }

  /**
   * An RSA key.
   *
   * @param sizeBits key size from 2048 to 8192; the hardening guide recommends 3072 or more
   */
  public static rsa(sizeBits: number = 3072): PrivateKey {
    return new PrivateKey(PrivateKeyAlgorithm.RSA, sizeBits);
  }

  /** An Ed25519 key. Not every TLS client accepts Ed25519 certificates. */
  public static ed25519(): PrivateKey {
    return new PrivateKey(PrivateKeyAlgorithm.ED25519, undefined);
  }

  /** The algorithm. */
  public readonly algorithm: PrivateKeyAlgorithm;

  /**
   * The key or curve size in bits.
   *
   * @default - none for Ed25519
   */
  public readonly size?: number;

  private constructor(algorithm: PrivateKeyAlgorithm, size: number | undefined) {
    this.algorithm = algorithm;
    this.size = size;
  }
}

/**
 * Key usages and extended key usages, with the strings cert-manager accepts.
 */
export enum KeyUsage {
  SIGNING = 'signing',
  DIGITAL_SIGNATURE = 'digital signature',
  CONTENT_COMMITMENT = 'content commitment',
  KEY_ENCIPHERMENT = 'key encipherment',
  KEY_AGREEMENT = 'key agreement',
  DATA_ENCIPHERMENT = 'data encipherment',
  CERT_SIGN = 'cert sign',
  CRL_SIGN = 'crl sign',
  ENCIPHER_ONLY = 'encipher only',
  DECIPHER_ONLY = 'decipher only',
  ANY = 'any',
  SERVER_AUTH = 'server auth',
  CLIENT_AUTH = 'client auth',
  CODE_SIGNING = 'code signing',
  EMAIL_PROTECTION = 'email protection',
  S_MIME = 's/mime',
  IPSEC_END_SYSTEM = 'ipsec end system',
  IPSEC_TUNNEL = 'ipsec tunnel',
  IPSEC_USER = 'ipsec user',
  TIMESTAMPING = 'timestamping',
  OCSP_SIGNING = 'ocsp signing',
  MICROSOFT_SGC = 'microsoft sgc',
  NETSCAPE_SGC = 'netscape sgc',
}

/**
 * Subject attributes of a certificate, other than the common name.
 */
export interface CertificateSubject {
  /** @default - none */
  readonly organizations?: string[];
  /** @default - none */
  readonly organizationalUnits?: string[];
  /** @default - none */
  readonly countries?: string[];
  /** @default - none */
  readonly provinces?: string[];
  /** @default - none */
  readonly localities?: string[];
  /** @default - none */
  readonly streetAddresses?: string[];
  /** @default - none */
  readonly postalCodes?: string[];
  /** @default - none */
  readonly serialNumber?: string;
}

/**
 * Props of a `Certificate`.
 *
 * @see https://cert-manager.io/docs/usage/certificate/
 */
export interface CertificateProps {
  /**
   * Metadata of the object.
   *
   * @default - a name that cdk8s generates from the construct path
   */
  readonly metadata?: ApiObjectMetadata;

  /** The issuer that signs the certificate. */
  readonly issuer: IIssuer;

  /** Name of the Secret in which cert-manager stores the key and certificate. */
  readonly secretName: string;

  /**
   * DNS subject alternative names; a leading `*.` label requests a wildcard.
   *
   * @default - none; at least one of `dnsNames`, `ipAddresses`, `uris`, `emailAddresses` and `commonName` is required
   */
  readonly dnsNames?: string[];

  /**
   * IP address subject alternative names.
   *
   * @default - none
   */
  readonly ipAddresses?: string[];

  /**
   * URI subject alternative names, for example SPIFFE IDs.
   *
   * @default - none
   */
  readonly uris?: string[];

  /**
   * Email subject alternative names.
   *
   * @default - none
   */
  readonly emailAddresses?: string[];

  /**
   * Common name, at most 64 characters. TLS clients ignore it when subject alternative names exist.
   *
   * @default - none
   */
  readonly commonName?: string;

  /**
   * Subject attributes.
   *
   * @default - none
   */
  readonly subject?: CertificateSubject;

  /**
   * Requested lifetime, at least one hour.
   *
   * @default Duration.days(90) (cert-manager's default, written out)
   */
  readonly duration?: Duration;

  /**
   * How long before expiry cert-manager renews, at least five minutes and less than `duration`.
   * Cannot be combined with `renewBeforePercentage`.
   *
   * @default - cert-manager renews when a third of the lifetime remains
   */
  readonly renewBefore?: Duration;

  /**
   * Share of the lifetime, from 1 to 99 percent, that remains when cert-manager renews.
   *
   * @default - cert-manager renews when a third of the lifetime remains
   */
  readonly renewBeforePercentage?: number;

  /**
   * Private key algorithm and size.
   *
   * @default PrivateKey.ecdsa(256), because cert-manager's own default, RSA 2048, is below the
   * 3072 bits that the ControlPlane 2026 hardening guide recommends
   */
  readonly privateKey?: PrivateKey;

  /**
   * Handling of the private key on reissuance.
   *
   * @default PrivateKeyRotationPolicy.ALWAYS (written out, so that older cert-manager versions rotate too)
   */
  readonly privateKeyRotationPolicy?: PrivateKeyRotationPolicy;

  /**
   * Encoding of the private key in the Secret.
   *
   * @default - PKCS1 (cert-manager's default)
   */
  readonly privateKeyEncoding?: PrivateKeyEncoding;

  /**
   * Whether the certificate is a CA.
   *
   * @default false
   */
  readonly isCa?: boolean;

  /**
   * Key usages.
   *
   * @default - `digital signature` and `key encipherment` (cert-manager's default)
   */
  readonly usages?: KeyUsage[];

  /**
   * Labels to copy onto the Secret.
   *
   * @default - none
   */
  readonly secretLabels?: { [key: string]: string };

  /**
   * Annotations to copy onto the Secret.
   *
   * @default - none
   */
  readonly secretAnnotations?: { [key: string]: string };

  /**
   * Number of CertificateRequest revisions to keep.
   *
   * @default - 1 (cert-manager's default)
   */
  readonly revisionHistoryLimit?: number;
}

/**
 * A cert-manager Certificate: a key pair and certificate that cert-manager keeps current in a Secret.
 *
 * @see https://cert-manager.io/docs/usage/certificate/
 */
export class Certificate extends Construct {
  /** The rendered API object. */
  public readonly apiObject: ApiObject;

  /** Name of the Secret that contains the key and certificate. */
  public readonly secretName: string;

  public constructor(scope: Construct, id: string, props: CertificateProps) {
    super(scope, id);
    const duration = props.duration ?? Duration.days(90);
    const privateKey = props.privateKey ?? PrivateKey.ecdsa(256);

    const problems = validateCertificate(props, duration, privateKey);
    const nameProblem = props.metadata?.name === undefined ? undefined : checkObjectName('metadata.name', props.metadata.name);
    if (nameProblem) {
      problems.push(nameProblem);
    }
    const namespace = props.metadata?.namespace ?? Chart.of(this).namespace;
    const issuerNamespace = props.issuer.issuerNamespace;
    if (props.issuer.issuerKind === 'Issuer' && issuerNamespace !== undefined && namespace !== undefined && issuerNamespace !== namespace) {
      problems.push(`issuer is the Issuer "${props.issuer.issuerName}" in namespace "${issuerNamespace}", but the Certificate is in namespace "${namespace}". An Issuer serves only its own namespace; create the Certificate there or use a ClusterIssuer.`);
    }
    if (problems.length > 0) {
      throw new Error(`Certificate at ${this.node.path} is invalid:\n- ${problems.join('\n- ')}`);
    }

    this.secretName = props.secretName;
    const rotationPolicy = props.privateKeyRotationPolicy ?? PrivateKeyRotationPolicy.ALWAYS;
    const hasSecretTemplate = props.secretLabels !== undefined || props.secretAnnotations !== undefined;
    this.apiObject = new (certManagerImports().Certificate)(this, 'Resource', {
      metadata: props.metadata,
      spec: {
        secretName: props.secretName,
        issuerRef: {
          name: props.issuer.issuerName,
          kind: props.issuer.issuerKind,
          group: props.issuer.issuerGroup,
        },
        commonName: props.commonName,
        dnsNames: props.dnsNames,
        ipAddresses: props.ipAddresses,
        uris: props.uris,
        emailAddresses: props.emailAddresses,
        subject: props.subject,
        duration: formatGoDuration(duration),
        renewBefore: props.renewBefore ? formatGoDuration(props.renewBefore) : undefined,
        renewBeforePercentage: props.renewBeforePercentage,
        isCa: props.isCa,
        usages: props.usages as unknown as imports.CertificateSpecUsages[],
        privateKey: {
          algorithm: privateKey.algorithm as unknown as imports.CertificateSpecPrivateKeyAlgorithm,
          size: privateKey.size,
          rotationPolicy: rotationPolicy as unknown as imports.CertificateSpecPrivateKeyRotationPolicy,
          encoding: props.privateKeyEncoding as unknown as imports.CertificateSpecPrivateKeyEncoding,
        },
        secretTemplate: hasSecretTemplate ? { labels: props.secretLabels, annotations: props.secretAnnotations } : undefined,
        revisionHistoryLimit: props.revisionHistoryLimit,
      },
    });
  }
}

/** cert-manager's minimum `duration` (v1.21.1): one hour. */
const MINIMUM_DURATION_MS = 3_600_000;
/** cert-manager's minimum `renewBefore`: five minutes. */
const MINIMUM_RENEW_BEFORE_MS = 300_000;

function validateCertificate(props: CertificateProps, duration: Duration, privateKey: PrivateKey): string[] {
  const problems: Array<string | undefined> = [];
  problems.push(checkObjectName('secretName', props.secretName));
  const identities = [props.dnsNames, props.ipAddresses, props.uris, props.emailAddresses].reduce((n, list) => n + (list?.length ?? 0), 0);
  if (identities === 0 && props.commonName === undefined) {
    problems.push('No identity is set. Set at least one of dnsNames, ipAddresses, uris, emailAddresses and commonName.');
  }
  for (const name of props.dnsNames ?? []) {
    problems.push(checkDnsName('dnsNames', name, true));
  }
  for (const address of props.ipAddresses ?? []) {
    if (isIP(address) === 0) {
      problems.push(`ipAddresses "${address}" is not an IPv4 or IPv6 address. Use a form such as "10.0.0.1" or "2001:db8::1".`);
    }
  }
  for (const uri of props.uris ?? []) {
    problems.push(checkUri(uri));
  }
  if (props.commonName !== undefined && props.commonName.length > 64) {
    problems.push(`commonName "${props.commonName}" has ${props.commonName.length} characters, but X.509 allows at most 64. Put the name in dnsNames and shorten or remove commonName.`);
  }

  const durationMs = duration.toMilliseconds();
  if (durationMs < MINIMUM_DURATION_MS) {
    problems.push(`duration is ${describeMilliseconds(durationMs)}, but cert-manager requires at least 1h. Set duration to one hour or more.`);
  }
  if (props.renewBefore !== undefined && props.renewBeforePercentage !== undefined) {
    problems.push('renewBefore and renewBeforePercentage are both set, but cert-manager accepts only one. Remove one of them.');
  }
  if (props.renewBefore !== undefined) {
    const renewMs = props.renewBefore.toMilliseconds();
    if (renewMs < MINIMUM_RENEW_BEFORE_MS) {
      problems.push(`renewBefore is ${describeMilliseconds(renewMs)}, but cert-manager requires at least 5m. Set renewBefore to five minutes or more.`);
    }
    if (renewMs >= durationMs) {
      problems.push(`renewBefore is ${describeMilliseconds(renewMs)}, which is not less than duration ${describeMilliseconds(durationMs)}, so the certificate would renew constantly. Set renewBefore below duration, for example a third of it.`);
    }
  }
  const percentage = props.renewBeforePercentage;
  if (percentage !== undefined && (!Number.isInteger(percentage) || percentage < 1 || percentage > 99)) {
    problems.push(`renewBeforePercentage is ${percentage}, but it must be a whole number from 1 to 99. Use 33 to renew when a third of the lifetime remains.`);
  }

  if (privateKey.algorithm === PrivateKeyAlgorithm.RSA) {
    const size = privateKey.size ?? 0;
    if (!Number.isInteger(size) || size < 2048 || size > 8192) {
      problems.push(`privateKey is RSA with ${size} bits, but cert-manager accepts 2048 to 8192 bits. Use PrivateKey.rsa(3072) or PrivateKey.ecdsa(256).`);
    }
  }
  if (privateKey.algorithm === PrivateKeyAlgorithm.ECDSA && ![256, 384, 521].includes(privateKey.size ?? 0)) {
    problems.push(`privateKey is ECDSA with ${privateKey.size} bits, but cert-manager accepts 256, 384 or 521. Use PrivateKey.ecdsa(256) for P-256.`);
  }
  if (props.revisionHistoryLimit !== undefined && (!Number.isInteger(props.revisionHistoryLimit) || props.revisionHistoryLimit < 1)) {
    problems.push(`revisionHistoryLimit is ${props.revisionHistoryLimit}, but it must be a whole number of 1 or more.`);
  }
  return problems.filter((p): p is string => p !== undefined);
}

function checkUri(uri: string): string | undefined {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(uri)?.[1];
  if (scheme === undefined) {
    return `uris "${uri}" is not an absolute URI. Use a form such as "spiffe://cluster.local/ns/default/sa/app".`;
  }
  if (scheme === 'http' || scheme === 'https') {
    return checkUrl('uris', uri, ['http', 'https']);
  }
  return undefined;
}
