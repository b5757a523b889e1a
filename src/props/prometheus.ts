import { Duration } from 'cdk8s';

/**
 * A Prometheus Operator ServiceMonitor or PodMonitor that scrapes the controller, webhook and
 * cainjector. Helm values `prometheus.servicemonitor.*` or `prometheus.podmonitor.*`.
 *
 * @see https://prometheus-operator.dev/docs/api-reference/api/
 */
export interface MonitorProps {
  /**
   * Whether the monitor is created. The chart fails when both a ServiceMonitor and a PodMonitor are enabled.
   *
   * Helm value `prometheus.<monitor>.enabled`; the chart's default is `false`.
   *
   * @default false
   */
  readonly enabled?: boolean;

  /**
   * Namespace of the monitor, a DNS label.
   *
   * Helm value `prometheus.<monitor>.namespace`; the chart leaves it unset.
   *
   * @default - the install namespace
   */
  readonly namespace?: string;

  /**
   * Value of the monitor's `prometheus` label, which a Prometheus resource can select on.
   *
   * Helm value `prometheus.<monitor>.prometheusInstance`; the chart's default is `default`.
   *
   * @default 'default'
   */
  readonly prometheusInstance?: string;

  /**
   * Scrape interval.
   *
   * Helm value `prometheus.<monitor>.interval`; the chart's default is `60s`.
   *
   * @default Duration.seconds(60)
   */
  readonly interval?: Duration;

  /**
   * Scrape timeout. Prometheus requires it to be no longer than `interval`.
   *
   * Helm value `prometheus.<monitor>.scrapeTimeout`; the chart's default is `30s`.
   *
   * @default Duration.seconds(30)
   */
  readonly scrapeTimeout?: Duration;

  /**
   * Extra labels on the monitor.
   *
   * Helm value `prometheus.<monitor>.labels`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly labels?: { [key: string]: string };

  /**
   * Extra annotations on the monitor.
   *
   * Helm value `prometheus.<monitor>.annotations`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly annotations?: { [key: string]: string };

  /**
   * `honorLabels` of the monitor's endpoint.
   *
   * Helm value `prometheus.<monitor>.honorLabels`; the chart's default is `false`.
   *
   * @default false
   */
  readonly honorLabels?: boolean;

  /**
   * Extra fields of the monitor's metrics endpoint, for example `relabelings`.
   *
   * Helm value `prometheus.<monitor>.endpointAdditionalProperties`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly endpointAdditionalProperties?: { [key: string]: any };
}

/**
 * Prometheus metrics of the components. Helm values `prometheus.*`.
 */
export interface PrometheusProps {
  /**
   * Whether the components expose metrics through Services and ports. Without a monitor, the
   * controller pods also get `prometheus.io/*` scrape annotations.
   *
   * Helm value `prometheus.enabled`; the chart's default is `true`.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * A ServiceMonitor. Cannot be combined with `podmonitor`.
   *
   * Helm values `prometheus.servicemonitor.*`.
   *
   * @default - none
   */
  readonly servicemonitor?: MonitorProps;

  /**
   * A PodMonitor. Cannot be combined with `servicemonitor`.
   *
   * Helm values `prometheus.podmonitor.*`.
   *
   * @default - none
   */
  readonly podmonitor?: MonitorProps;
}
