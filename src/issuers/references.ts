/**
 * A reference to one key of a Kubernetes Secret that contains a credential.
 *
 * The issuer constructs take credentials only as references, so no credential value ever
 * appears in a synthesized manifest. For a ClusterIssuer, cert-manager reads the Secret from its
 * cluster resource namespace (the install namespace unless `--cluster-resource-namespace` is set);
 * for an Issuer, from the Issuer's own namespace.
 *
 * @see https://cert-manager.io/docs/configuration/#cluster-resource-namespace
 */
export interface SecretKeySelector {
  /** Name of the Secret. */
  readonly name: string;

  /**
   * Key of the entry in the Secret's `data` map.
   *
   * @default - cert-manager uses the field's default key; some fields, such as the ACME
   * account key, require none.
   */
  readonly key?: string;
}

/**
 * A reference to a ServiceAccount whose token cert-manager requests and presents, so that no
 * static credential is stored.
 */
export interface ServiceAccountRef {
  /** Name of the ServiceAccount, in the issuer's namespace or, for a ClusterIssuer, in the cluster resource namespace. */
  readonly name: string;

  /**
   * Audiences of the requested token.
   *
   * @default - cert-manager chooses the audience that the auth method expects
   */
  readonly audiences?: string[];
}
