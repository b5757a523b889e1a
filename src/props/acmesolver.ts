import { ImageReferenceProps } from './common';

/**
 * The ACME HTTP-01 solver pods that the controller creates for challenges. Helm values
 * `acmesolver.*`.
 *
 * `acmesolver.image.pullPolicy` has no prop, because no template of chart v1.21.1 reads it.
 */
export interface AcmesolverProps {
  /**
   * The solver image, passed to the controller with `--acme-http01-solver-image`.
   *
   * Helm values `acmesolver.image.*`.
   *
   * @default - quay.io/jetstack/cert-manager-acmesolver at tag v1.21.1
   */
  readonly image?: ImageReferenceProps;

  /**
   * `runtimeClassName` of the solver pods.
   *
   * Helm value `acmesolver.runtimeClassName`; the chart's default is `''`.
   *
   * @default - the cluster's default runtime
   */
  readonly runtimeClassName?: string;
}
