import { AcmesolverProps } from './acmesolver';
import { CainjectorProps } from './cainjector';
import { ControllerProps } from './controller';
import { CrdsProps } from './crds';
import { GlobalProps } from './global';
import { PrometheusProps } from './prometheus';
import { StartupapicheckProps } from './startupapicheck';
import { WebhookProps } from './webhook';

/**
 * Typed settings for every value of the cert-manager Helm chart v1.21.1, grouped by component.
 *
 * Each prop names its Helm value. A few chart values have no prop:
 * - `namespace`: the install construct's `namespace` prop places every namespaced object, which
 *   the chart's `namespace` value would otherwise override.
 * - `enabled`: no template reads it; a parent chart uses it as its dependency condition.
 * - `installCRDs`: deprecated; use `crds.enabled`.
 * - `global.podSecurityPolicy.*`: PodSecurityPolicy was removed in Kubernetes 1.25.
 * - `acmesolver.image.pullPolicy`: no template reads it.
 */
export interface ChartValuesProps {
  /**
   * Settings of every component.
   *
   * @default - the chart's global values
   */
  readonly global?: GlobalProps;

  /**
   * The controller, whose Helm values sit at the top level of the chart's values.
   *
   * @default - the chart's controller values
   */
  readonly controller?: ControllerProps;

  /**
   * The webhook.
   *
   * @default - the chart's webhook values
   */
  readonly webhook?: WebhookProps;

  /**
   * The cainjector.
   *
   * @default - the chart's cainjector values
   */
  readonly cainjector?: CainjectorProps;

  /**
   * The ACME HTTP-01 solver pods.
   *
   * @default - the chart's acmesolver values
   */
  readonly acmesolver?: AcmesolverProps;

  /**
   * The startupapicheck Job.
   *
   * @default - the chart's startupapicheck values
   */
  readonly startupapicheck?: StartupapicheckProps;

  /**
   * The cert-manager CRDs.
   *
   * @default - no CRDs
   */
  readonly crds?: CrdsProps;

  /**
   * Prometheus metrics and monitors.
   *
   * @default - metrics Services without monitors
   */
  readonly prometheus?: PrometheusProps;

  /**
   * Default registry of every image, for example a private mirror.
   *
   * Helm value `imageRegistry`; the chart's default is `quay.io`.
   *
   * @default 'quay.io'
   */
  readonly imageRegistry?: string;

  /**
   * Default repository namespace of every image.
   *
   * Helm value `imageNamespace`; the chart's default is `jetstack`.
   *
   * @default 'jetstack'
   */
  readonly imageNamespace?: string;

  /**
   * Replaces the chart name `cert-manager` in the `app` and `app.kubernetes.io/name` labels of
   * the controller and in the name that object names derive from.
   *
   * Helm value `nameOverride`; the chart leaves it unset.
   *
   * @default 'cert-manager'
   */
  readonly nameOverride?: string;

  /**
   * Replaces the name that object names derive from, which is otherwise the release name
   * followed by `-cert-manager` unless the release name contains it.
   *
   * Helm value `fullnameOverride`; the chart leaves it unset.
   *
   * @default - derived from the release name
   */
  readonly fullnameOverride?: string;

  /**
   * Name of the tool that renders the manifests. Any value other than `helm` drops the
   * `app.kubernetes.io/managed-by` and `helm.sh/chart` labels.
   *
   * Helm value `creator`; the chart's default is `helm`.
   *
   * @default 'helm'
   */
  readonly creator?: string;

  /**
   * Extra manifests, each a YAML string that the chart renders through Helm's `tpl`, so it may
   * use `{{ .Release.Namespace }}` and similar.
   *
   * Helm value `extraObjects`; the chart's default is `[]`.
   *
   * @default - none
   */
  readonly extraObjects?: string[];
}
