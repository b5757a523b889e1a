/**
 * The six cert-manager CustomResourceDefinitions. Helm values `crds.*`.
 *
 * The deprecated Helm value `installCRDs` has no prop: `enabled` renders the same CRDs, and the
 * chart fails on `installCRDs` together with `crds.enabled` or with `crds.keep: false`, so a
 * second switch would only add ways to fail. Helm values passed to the importer may still use it.
 */
export interface CrdsProps {
  /**
   * Whether the CRDs are part of the install.
   *
   * Helm value `crds.enabled`; the chart's default is `false`.
   *
   * @default false
   */
  readonly enabled?: boolean;

  /**
   * Whether the CRDs carry the `helm.sh/resource-policy: keep` annotation, so that uninstalling
   * a Helm release leaves them and the certificates stored in them.
   *
   * Helm value `crds.keep`; the chart's default is `true`.
   *
   * @default true
   */
  readonly keep?: boolean;
}
