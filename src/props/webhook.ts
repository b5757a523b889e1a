import type { k8s } from 'cdk8s-plus-28';
import { DeploymentComponentProps, ProbeProps } from './common';
import { IpFamily, IpFamilyPolicy, WebhookServiceType } from './enums';

/**
 * One of the two webhook configurations (validating or mutating) that point the API server at
 * the webhook.
 */
export interface WebhookConfigurationProps {
  /**
   * `namespaceSelector` of the webhook: requests for objects in other namespaces skip it.
   *
   * Helm value `webhook.validatingWebhookConfiguration.namespaceSelector` or
   * `webhook.mutatingWebhookConfiguration.namespaceSelector`; the chart's default skips
   * namespaces labelled `cert-manager.io/disable-validation: "true"` for the validating webhook
   * and selects every namespace for the mutating one.
   *
   * @default - the chart's selector of the configuration
   */
  readonly namespaceSelector?: k8s.LabelSelector;

  /**
   * Extra annotations on the configuration.
   *
   * Helm value `webhook.validatingWebhookConfigurationAnnotations` or
   * `webhook.mutatingWebhookConfigurationAnnotations`; the chart leaves it unset.
   *
   * @default - only the CA injection annotation
   */
  readonly annotations?: { [key: string]: string };
}

/**
 * Reaching the webhook by URL instead of through its Service, for API servers outside the
 * cluster network.
 */
export interface WebhookUrlProps {
  /**
   * Host (optionally `:port`) that the API server calls as `https://<host>/validate` and
   * `https://<host>/mutate`. It is also added to the webhook's serving certificate.
   *
   * Helm value `webhook.url.host`; the chart's default `webhook.url` is `{}`.
   *
   * @default - the API server calls the webhook's Service
   */
  readonly host?: string;
}

/**
 * The cert-manager webhook, which validates and mutates cert-manager resources. Helm values
 * `webhook.*`.
 */
export interface WebhookProps extends DeploymentComponentProps {
  /**
   * HTTPS port the webhook serves on, unless `config.securePort` sets it.
   *
   * Helm value `webhook.securePort`; the chart's default is 10250.
   *
   * @default 10250
   */
  readonly securePort?: number;

  /**
   * `timeoutSeconds` of both webhook configurations, 1 to 30.
   *
   * Helm value `webhook.timeoutSeconds`; the chart's default is 30.
   *
   * @default 30
   */
  readonly timeoutSeconds?: number;

  /**
   * Whether the webhook pods run on the host network, for clusters whose API server cannot
   * reach pod IPs. The chart then also sets `dnsPolicy: ClusterFirstWithHostNet`.
   *
   * Helm value `webhook.hostNetwork`; the chart's default is `false`.
   *
   * @default false
   */
  readonly hostNetwork?: boolean;

  /**
   * Type of the webhook's Service.
   *
   * Helm value `webhook.serviceType`; the chart's default is `ClusterIP`.
   *
   * @default WebhookServiceType.CLUSTER_IP
   */
  readonly serviceType?: WebhookServiceType;

  /**
   * `loadBalancerIP` of the webhook's Service, for `serviceType` LoadBalancer.
   *
   * Helm value `webhook.loadBalancerIP`; the chart leaves it unset.
   *
   * @default - the cloud provider assigns one
   */
  readonly loadBalancerIP?: string;

  /**
   * `ipFamilyPolicy` of the webhook's Service.
   *
   * Helm value `webhook.serviceIPFamilyPolicy`; the chart's default is `''`.
   *
   * @default - Kubernetes applies SingleStack
   */
  readonly serviceIPFamilyPolicy?: IpFamilyPolicy;

  /**
   * `ipFamilies` of the webhook's Service.
   *
   * Helm value `webhook.serviceIPFamilies`; the chart's default is `[]`.
   *
   * @default - Kubernetes picks from the cluster's configuration
   */
  readonly serviceIPFamilies?: IpFamily[];

  /**
   * Reach the webhook by URL instead of through its Service.
   *
   * Helm values `webhook.url.*`.
   *
   * @default - the API server calls the webhook's Service
   */
  readonly url?: WebhookUrlProps;

  /**
   * The ValidatingWebhookConfiguration.
   *
   * Helm values `webhook.validatingWebhookConfiguration.*` and
   * `webhook.validatingWebhookConfigurationAnnotations`.
   *
   * @default - the chart's configuration
   */
  readonly validatingWebhookConfiguration?: WebhookConfigurationProps;

  /**
   * The MutatingWebhookConfiguration.
   *
   * Helm values `webhook.mutatingWebhookConfiguration.*` and
   * `webhook.mutatingWebhookConfigurationAnnotations`.
   *
   * @default - the chart's configuration
   */
  readonly mutatingWebhookConfiguration?: WebhookConfigurationProps;

  /**
   * Timings of the webhook's liveness probe on `/livez`.
   *
   * Helm values `webhook.livenessProbe.*`.
   *
   * @default - 60 s initial delay, every 10 s, 1 s timeout, 3 failures
   */
  readonly livenessProbe?: ProbeProps;

  /**
   * Timings of the webhook's readiness probe on `/healthz`.
   *
   * Helm values `webhook.readinessProbe.*`.
   *
   * @default - 5 s initial delay, every 5 s, 1 s timeout, 3 failures
   */
  readonly readinessProbe?: ProbeProps;

  /**
   * Whether the webhook verifies the client certificate of callers against `clientCAFile`.
   *
   * Helm value `webhook.enableClientVerification`; the chart's default is `false`.
   *
   * @default false
   */
  readonly enableClientVerification?: boolean;

  /**
   * Path, inside the webhook container, of the CA bundle that client certificates are verified
   * with. cert-manager requires it when `enableClientVerification` is true.
   *
   * Helm value `webhook.clientCAFile`; the chart's default is `''`.
   *
   * @default - none
   */
  readonly clientCAFile?: string;

  /**
   * Client certificate subjects that the webhook accepts, passed with `--client-subject-names`.
   *
   * Helm value `webhook.apiserverClientCertSubjects`, a comma-separated string; the chart's
   * default is `''`.
   *
   * @default - any subject that the CA signed
   */
  readonly apiserverClientCertSubjects?: string[];
}
