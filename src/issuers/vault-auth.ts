import { SecretKeySelector, ServiceAccountRef } from './references';
import { checkObjectName, checkRequired } from './validation';

/**
 * Options of Vault's Kubernetes auth method.
 */
export interface VaultKubernetesAuthOptions {
  /** Vault role to log in as. */
  readonly role: string;

  /**
   * Mount path of the auth method.
   *
   * @default - `/v1/auth/kubernetes` (cert-manager's default)
   */
  readonly mountPath?: string;

  /**
   * ServiceAccount whose short-lived token cert-manager requests and presents to Vault.
   * cert-manager's RBAC must allow `create` on `serviceaccounts/token` for it.
   */
  readonly serviceAccountRef: ServiceAccountRef;
}

/**
 * Options of Vault's AppRole auth method.
 */
export interface VaultAppRoleOptions {
  /** Mount path of the AppRole auth method, for example `approle`. */
  readonly path: string;

  /** Role ID of the AppRole. It identifies the role and is not a secret. */
  readonly roleId: string;

  /** Secret key that contains the AppRole's secret ID. */
  readonly secretRef: SecretKeySelector;
}

/**
 * Options of Vault's TLS certificate auth method.
 */
export interface VaultClientCertificateAuthOptions {
  /**
   * Mount path of the auth method.
   *
   * @default - `/v1/auth/cert` (cert-manager's default)
   */
  readonly mountPath?: string;

  /**
   * Name of the Vault certificate role.
   *
   * @default - Vault tries every role of the mount
   */
  readonly name?: string;

  /**
   * Name of a Secret of type `kubernetes.io/tls` with the client certificate and key.
   *
   * @default - the issuer's `clientCertSecretRef` and `clientKeySecretRef`
   */
  readonly secretName?: string;
}

/**
 * Options of Vault's AWS IAM auth method.
 */
export interface VaultAwsAuthOptions {
  /** Vault role to log in as. */
  readonly role: string;

  /**
   * Mount path of the auth method.
   *
   * @default - `/v1/auth/aws` (cert-manager's default)
   */
  readonly mountPath?: string;

  /**
   * AWS region of the STS call.
   *
   * @default - cert-manager takes the region from the ambient AWS configuration
   */
  readonly region?: string;

  /**
   * ARN of an IAM role to assume through IRSA with `serviceAccountRef`.
   *
   * @default - the ambient AWS credentials
   */
  readonly iamRoleArn?: string;

  /**
   * ServiceAccount whose token is exchanged for the credentials of `iamRoleArn`.
   *
   * @default - the ambient AWS credentials
   */
  readonly serviceAccountRef?: ServiceAccountRef;

  /**
   * Value of the `X-Vault-AWS-IAM-Server-ID` header, when Vault requires it.
   *
   * @default - no header
   */
  readonly vaultHeaderValue?: string;
}

/**
 * Login method of cert-manager at Vault.
 *
 * @see https://cert-manager.io/docs/configuration/vault/
 */
export class VaultAuth {
  /**
   * Kubernetes auth with a bound ServiceAccount token, which needs no stored credential.
   */
  public static kubernetes(options: VaultKubernetesAuthOptions): VaultAuth {
    return new VaultAuth('kubernetes', options);
  }

  /** AppRole auth with a secret ID from a Secret. */
  public static appRole(options: VaultAppRoleOptions): VaultAuth {
    return new VaultAuth('appRole', options);
  }

  /** TLS client certificate auth. */
  public static clientCertificate(options: VaultClientCertificateAuthOptions = {}): VaultAuth {
    return new VaultAuth('clientCertificate', options);
  }

  /** AWS IAM auth. */
  public static aws(options: VaultAwsAuthOptions): VaultAuth {
    return new VaultAuth('aws', options);
  }

  /**
   * A static Vault token from a Secret. Prefer an auth method whose credentials expire.
   */
  public static token(tokenSecretRef: SecretKeySelector): VaultAuth {
    return new VaultAuth('tokenSecretRef', tokenSecretRef);
  }

  /** Name of the auth method under `spec.vault.auth`. */
  public readonly method: string;

  private constructor(method: string, private readonly options: any) {
    this.method = method;
  }

  /**
   * Lists the problems of the options, with `prefix` as the prop path that the user wrote.
   *
   * @internal
   */
  public _validate(prefix: string): string[] {
    const o = this.options;
    const problems: Array<string | undefined> = [];
    switch (this.method) {
      case 'kubernetes':
        problems.push(checkRequired(`${prefix}.role`, o.role, 'Set it to the Vault role that the Kubernetes auth method binds to the ServiceAccount.'));
        problems.push(checkObjectName(`${prefix}.serviceAccountRef.name`, o.serviceAccountRef?.name ?? ''));
        break;
      case 'appRole':
        problems.push(checkRequired(`${prefix}.path`, o.path, 'Set it to the mount path of the AppRole auth method, for example "approle".'));
        problems.push(checkRequired(`${prefix}.roleId`, o.roleId, 'Set it to the role ID that Vault shows for the AppRole.'));
        problems.push(checkObjectName(`${prefix}.secretRef.name`, o.secretRef?.name ?? ''));
        break;
      case 'aws':
        problems.push(checkRequired(`${prefix}.role`, o.role, 'Set it to the Vault role of the AWS auth method.'));
        break;
      case 'tokenSecretRef':
        problems.push(checkObjectName(`${prefix}.tokenSecretRef.name`, o.name ?? ''));
        break;
      case 'clientCertificate':
        if (o.secretName !== undefined) {
          problems.push(checkObjectName(`${prefix}.secretName`, o.secretName));
        }
        break;
    }
    return problems.filter((p): p is string => p !== undefined);
  }

  /**
   * Renders `spec.vault.auth`, in the shape of the generated CRD types.
   *
   * @internal
   */
  public _render(): { [key: string]: any } {
    if (this.method === 'aws') {
      return { aws: { ...this.options } };
    }
    return { [this.method]: { ...this.options } };
  }
}
