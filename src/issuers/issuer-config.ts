import { AcmeSolver } from './acme-solver';
import { SecretKeySelector } from './references';
import { checkEmail, checkObjectName, checkRequired, checkUrl } from './validation';
import { VaultAuth } from './vault-auth';

/**
 * Directory URLs of well-known ACME servers.
 */
export class AcmeServer {
  /** Let's Encrypt production. */
  public static readonly LETS_ENCRYPT = 'https://acme-v02.api.letsencrypt.org/directory';
  /** Let's Encrypt staging, for tests; its certificates are not trusted. */
  public static readonly LETS_ENCRYPT_STAGING = 'https://acme-staging-v02.api.letsencrypt.org/directory';

  private constructor() {}
}

/**
 * An ACME external account binding, which ties the ACME account to an account that the CA
 * already has on record.
 */
export interface ExternalAccountBinding {
  /** Key ID that the CA issued. It identifies the key and is not a secret. */
  readonly keyId: string;

  /**
   * Secret key that contains the HMAC key, unpadded base64url-encoded. cert-manager v1.21.1 always
   * signs the binding with HS256, so the CRD's deprecated `keyAlgorithm` field is not offered.
   */
  readonly keySecretRef: SecretKeySelector;
}

/**
 * Options of an ACME issuer.
 *
 * @see https://cert-manager.io/docs/configuration/acme/
 */
export interface AcmeIssuerOptions {
  /**
   * Directory URL of the ACME server.
   *
   * @example AcmeServer.LETS_ENCRYPT
   */
  readonly server: string;

  /**
   * Email address of the ACME account. The CA sends expiry and incident notices to it.
   */
  readonly email: string;

  /**
   * Secret in which cert-manager stores the ACME account's private key. cert-manager creates it
   * on first use.
   *
   * @default - a Secret named `<issuer name>-acme-account-key`
   */
  readonly privateKeySecretRef?: SecretKeySelector;

  /**
   * Solvers of the ACME challenges. More can be added with `addSolver`.
   *
   * @default - none; add at least one before synth
   */
  readonly solvers?: AcmeSolver[];

  /**
   * External account binding, required by some CAs.
   *
   * @default - no binding
   */
  readonly externalAccountBinding?: ExternalAccountBinding;

  /**
   * Common name of the root of the chain to prefer when the server offers several.
   *
   * @default - the server's default chain
   */
  readonly preferredChain?: string;

  /**
   * ACME certificate profile to request, if the server offers profiles.
   *
   * @default - the server's default profile
   */
  readonly profile?: string;

  /**
   * Base64-encoded PEM bundle of CAs that sign the ACME server's TLS certificate.
   * A CA certificate is public, so it may be inline.
   *
   * @default - the system trust store of the controller
   */
  readonly caBundle?: string;

  /**
   * Whether cert-manager passes the Certificate's `duration` to the server.
   *
   * @default false
   */
  readonly enableDurationFeature?: boolean;
}

/**
 * Options of a CA issuer.
 *
 * @see https://cert-manager.io/docs/configuration/ca/
 */
export interface CaIssuerOptions {
  /** Name of the Secret with the CA's certificate and private key (`tls.crt`, `tls.key`). */
  readonly secretName: string;

  /**
   * CRL distribution points to write into issued certificates.
   *
   * @default - none
   */
  readonly crlDistributionPoints?: string[];

  /**
   * OCSP server URLs to write into issued certificates.
   *
   * @default - none
   */
  readonly ocspServers?: string[];

  /**
   * URLs of the issuing CA's certificate to write into issued certificates.
   *
   * @default - none
   */
  readonly issuingCertificateUrls?: string[];
}

/**
 * Options of a self-signed issuer.
 *
 * @see https://cert-manager.io/docs/configuration/selfsigned/
 */
export interface SelfSignedIssuerOptions {
  /**
   * CRL distribution points to write into issued certificates.
   *
   * @default - none
   */
  readonly crlDistributionPoints?: string[];
}

/**
 * Options of a Vault issuer.
 *
 * @see https://cert-manager.io/docs/configuration/vault/
 */
export interface VaultIssuerOptions {
  /** URL of the Vault server, for example `https://vault.example.com:8200`. */
  readonly server: string;

  /** Path of the PKI signing endpoint, for example `pki_int/sign/example-dot-com`. */
  readonly path: string;

  /** Login method of cert-manager at Vault. */
  readonly auth: VaultAuth;

  /**
   * Vault Enterprise namespace.
   *
   * @default - the root namespace
   */
  readonly namespace?: string;

  /**
   * Server name to verify the Vault server's certificate against.
   *
   * @default - the host of `server`
   */
  readonly serverName?: string;

  /**
   * Secret key that contains the CA bundle of the Vault server's certificate.
   *
   * @default - the system trust store of the controller
   */
  readonly caBundleSecretRef?: SecretKeySelector;

  /**
   * Secret key that contains a client certificate for mutual TLS. Set it together with `clientKeySecretRef`.
   *
   * @default - no client certificate
   */
  readonly clientCertSecretRef?: SecretKeySelector;

  /**
   * Secret key that contains the key of the mutual TLS client certificate.
   *
   * @default - no client certificate
   */
  readonly clientKeySecretRef?: SecretKeySelector;
}

/**
 * The Venafi product that a Venafi issuer talks to.
 */
export class VenafiConnection {
  /**
   * Trust Protection Platform.
   *
   * @param url URL of the TPP WebSDK, for example `https://tpp.example.com/vedsdk`
   * @param credentialsRef name of the Secret with `access-token`, or with `username` and `password`
   * @param caBundleSecretRef Secret key that contains the CA bundle of the TPP server's certificate
   */
  public static tpp(url: string, credentialsRef: string, caBundleSecretRef?: SecretKeySelector): VenafiConnection {
    return new VenafiConnection('tpp', { url, credentialsRef: { name: credentialsRef }, caBundleSecretRef });
  }

  /**
   * Venafi Cloud (TLS Protect Cloud).
   *
   * @param apiTokenSecretRef Secret key that contains the API key
   * @param url API URL; defaults to cert-manager's built-in Venafi Cloud URL
   */
  public static cloud(apiTokenSecretRef: SecretKeySelector, url?: string): VenafiConnection {
    return new VenafiConnection('cloud', { url, apiTokenSecretRef });
  }

  /**
   * CyberArk Certificate Manager SaaS through a service account (`ngts`).
   *
   * @param tsgId tenant service group ID
   * @param credentialsRef name of the Secret with the service account's credentials
   * @param url API URL; defaults to cert-manager's built-in URL
   */
  public static ngts(tsgId: string, credentialsRef: string, url?: string): VenafiConnection {
    return new VenafiConnection('ngts', { url, tsgId, credentialsRef: { name: credentialsRef } });
  }

  /** Field name under `spec.venafi`: `tpp`, `cloud` or `ngts`. */
  public readonly product: string;

  private constructor(product: string, private readonly fields: any) {
    this.product = product;
  }

  /** @internal */
  public _validate(prefix: string): string[] {
    const problems = this.fields.url === undefined ? [] : [checkUrl(`${prefix}.url`, this.fields.url, ['https'])];
    if (this.fields.credentialsRef) {
      problems.push(checkObjectName(`${prefix}.credentialsRef`, this.fields.credentialsRef.name));
    }
    if (this.fields.apiTokenSecretRef) {
      problems.push(checkObjectName(`${prefix}.apiTokenSecretRef.name`, this.fields.apiTokenSecretRef.name));
    }
    if (this.product === 'ngts') {
      problems.push(checkRequired(`${prefix}.tsgId`, this.fields.tsgId, 'Set it to the tenant service group ID of the service account.'));
    }
    return problems.filter((p): p is string => p !== undefined);
  }

  /** @internal */
  public _render(): { [key: string]: any } {
    return { [this.product]: { ...this.fields } };
  }
}

/**
 * Options of a Venafi issuer.
 *
 * @see https://cert-manager.io/docs/configuration/venafi/
 */
export interface VenafiIssuerOptions {
  /** Policy zone, for example `DevOps\\cert-manager`. */
  readonly zone: string;

  /** Product and credentials. */
  readonly connection: VenafiConnection;
}

/**
 * Signing backend of an Issuer or ClusterIssuer: exactly one of ACME, CA, SelfSigned, Vault and Venafi.
 *
 * @see https://cert-manager.io/docs/configuration/
 */
export class IssuerConfig {
  /** An ACME server, such as Let's Encrypt. */
  public static acme(options: AcmeIssuerOptions): IssuerConfig {
    return new IssuerConfig('acme', options);
  }

  /** A CA whose certificate and key live in a Secret. */
  public static ca(options: CaIssuerOptions): IssuerConfig {
    return new IssuerConfig('ca', options);
  }

  /** Certificates signed by their own key, mostly to bootstrap a CA. */
  public static selfSigned(options: SelfSignedIssuerOptions = {}): IssuerConfig {
    return new IssuerConfig('selfSigned', options);
  }

  /** The PKI secrets engine of HashiCorp Vault or OpenBao. */
  public static vault(options: VaultIssuerOptions): IssuerConfig {
    return new IssuerConfig('vault', options);
  }

  /** Venafi TPP, Venafi Cloud or CyberArk Certificate Manager. */
  public static venafi(options: VenafiIssuerOptions): IssuerConfig {
    return new IssuerConfig('venafi', options);
  }

  /** Field name of the issuer type under `spec`: `acme`, `ca`, `selfSigned`, `vault` or `venafi`. */
  public readonly type: string;

  /** Solvers of an ACME issuer, including those added later. */
  private readonly solvers: AcmeSolver[];

  private constructor(type: string, private readonly options: any) {
    this.type = type;
    this.solvers = [...(options.solvers ?? [])];
  }

  /**
   * Adds a solver to an ACME issuer.
   *
   * @internal
   */
  public _addSolver(solver: AcmeSolver): void {
    if (this.type !== 'acme') {
      throw new Error(`addSolver() was called on a ${this.type} issuer, but only ACME issuers have solvers. Use IssuerConfig.acme() for the issuer, or remove the call.`);
    }
    this.solvers.push(solver);
  }

  /** @internal */
  public _solvers(): AcmeSolver[] {
    return this.solvers;
  }

  /**
   * Lists the problems of the options, with `prefix` as the prop path that the user wrote.
   *
   * @internal
   */
  public _validate(prefix: string): string[] {
    const o = this.options;
    const p = `${prefix}.${this.type}`;
    const problems: Array<string | undefined> = [];
    switch (this.type) {
      case 'acme':
        problems.push(checkUrl(`${p}.server`, o.server ?? '', ['https']));
        problems.push(o.email === undefined || o.email === ''
          ? `${p}.email is missing. ACME servers send expiry and security notices to the account email; set it to a monitored address such as "pki-team@example.com".`
          : checkEmail(`${p}.email`, o.email));
        if (o.privateKeySecretRef) {
          problems.push(checkObjectName(`${p}.privateKeySecretRef.name`, o.privateKeySecretRef.name));
        }
        if (o.externalAccountBinding) {
          problems.push(checkRequired(`${p}.externalAccountBinding.keyId`, o.externalAccountBinding.keyId, 'Set it to the key ID that the CA issued.'));
          problems.push(checkObjectName(`${p}.externalAccountBinding.keySecretRef.name`, o.externalAccountBinding.keySecretRef?.name ?? ''));
        }
        this.solvers.forEach((solver, i) => problems.push(...solver._validate(`${p}.solvers[${i}]`)));
        break;
      case 'ca':
        problems.push(checkObjectName(`${p}.secretName`, o.secretName ?? ''));
        for (const field of ['crlDistributionPoints', 'ocspServers', 'issuingCertificateUrls']) {
          for (const url of o[field] ?? []) {
            problems.push(checkUrl(`${p}.${field}`, url, ['http', 'https', 'ldap']));
          }
        }
        break;
      case 'selfSigned':
        for (const url of o.crlDistributionPoints ?? []) {
          problems.push(checkUrl(`${p}.crlDistributionPoints`, url, ['http', 'https', 'ldap']));
        }
        break;
      case 'vault':
        problems.push(checkUrl(`${p}.server`, o.server ?? '', ['https']));
        problems.push(checkRequired(`${p}.path`, o.path, 'Set it to the PKI signing path, for example "pki_int/sign/example-dot-com".'));
        if ((o.clientCertSecretRef === undefined) !== (o.clientKeySecretRef === undefined)) {
          problems.push(`${p}.clientCertSecretRef and ${p}.clientKeySecretRef must be set together, but only one is set. Set both for mutual TLS, or neither.`);
        }
        problems.push(...o.auth._validate(`${p}.auth`));
        break;
      case 'venafi':
        problems.push(checkRequired(`${p}.zone`, o.zone, 'Set it to the Venafi policy zone, for example "DevOps\\\\cert-manager".'));
        problems.push(...o.connection._validate(`${p}.connection`));
        break;
    }
    return problems.filter((problem): problem is string => problem !== undefined);
  }

  /**
   * Returns problems of state that `addSolver` can still change, for synth-time validation.
   *
   * @internal
   */
  public _validateLate(prefix: string): string[] {
    if (this.type === 'acme' && this.solvers.length === 0) {
      return [`${prefix}.acme.solvers is empty, so cert-manager cannot complete any challenge. Pass solvers, or call addSolver() with AcmeSolver.http01Ingress() or AcmeSolver.dns01().`];
    }
    return [];
  }

  /**
   * Renders `spec`, in the shape of the generated CRD types. `defaultAccountKey` names the ACME
   * account key Secret when the options name none.
   *
   * @internal
   */
  public _render(defaultAccountKey: string): { [key: string]: any } {
    const o = this.options;
    switch (this.type) {
      case 'acme':
        return {
          acme: {
            server: o.server,
            email: o.email,
            privateKeySecretRef: o.privateKeySecretRef ?? { name: defaultAccountKey },
            externalAccountBinding: o.externalAccountBinding,
            preferredChain: o.preferredChain,
            profile: o.profile,
            caBundle: o.caBundle,
            enableDurationFeature: o.enableDurationFeature,
            // Solvers render at synth time, so addSolver() calls after construction count.
            solvers: this.solvers.map((solver) => solver._render()),
          },
        };
      case 'vault':
        return {
          vault: {
            server: o.server,
            path: o.path,
            namespace: o.namespace,
            serverName: o.serverName,
            caBundleSecretRef: o.caBundleSecretRef,
            clientCertSecretRef: o.clientCertSecretRef,
            clientKeySecretRef: o.clientKeySecretRef,
            auth: o.auth._render(),
          },
        };
      case 'venafi':
        return { venafi: { zone: o.zone, ...o.connection._render() } };
      default:
        return { [this.type]: { ...o } };
    }
  }
}
