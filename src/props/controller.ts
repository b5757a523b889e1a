import type { k8s } from 'cdk8s-plus-28';
import { DeploymentComponentProps, ProbeProps } from './common';
import { DnsPolicy, IpFamily, IpFamilyPolicy } from './enums';

/**
 * The controller's liveness probe on `/livez`.
 */
export interface LivenessProbeProps extends ProbeProps {
  /**
   * Whether the controller container has a liveness probe.
   *
   * Helm value `livenessProbe.enabled`; the chart's default is `true`.
   *
   * @default true
   */
  readonly enabled?: boolean;
}

/**
 * The issuer that ingress-shim uses for an Ingress annotated `kubernetes.io/tls-acme: "true"`
 * that names no issuer.
 *
 * @see https://cert-manager.io/docs/usage/ingress/
 */
export interface IngressShimProps {
  /**
   * Name of the issuer.
   *
   * Helm value `ingressShim.defaultIssuerName`; the chart leaves it unset.
   *
   * @default - no default issuer
   */
  readonly defaultIssuerName?: string;

  /**
   * Kind of the issuer, for example `ClusterIssuer`.
   *
   * Helm value `ingressShim.defaultIssuerKind`; the chart leaves it unset.
   *
   * @default - cert-manager uses Issuer
   */
  readonly defaultIssuerKind?: string;

  /**
   * API group of the issuer.
   *
   * Helm value `ingressShim.defaultIssuerGroup`; the chart leaves it unset.
   *
   * @default - cert-manager uses cert-manager.io
   */
  readonly defaultIssuerGroup?: string;
}

/**
 * The cert-manager controller. The chart keeps these values at the top level of its values.
 */
export interface ControllerProps extends DeploymentComponentProps {
  /**
   * Port of the controller's `/livez` health endpoint, set as `healthzListenAddress:
   * 0.0.0.0:<port>` in the controller's configuration file. Setting it makes the chart render
   * that file.
   *
   * No Helm value of its own; the same as `config.healthzListenAddress`.
   *
   * @default 9403
   */
  readonly healthzPort?: number;

  /**
   * Port of the controller's Prometheus metrics endpoint, set as `metricsListenAddress:
   * 0.0.0.0:<port>` in the controller's configuration file. Setting it makes the chart render
   * that file.
   *
   * No Helm value of its own; the same as `config.metricsListenAddress`.
   *
   * @default 9402
   */
  readonly metricsPort?: number;

  /**
   * The controller's liveness probe.
   *
   * Helm values `livenessProbe.*`.
   *
   * @default - enabled, with the chart's timings
   */
  readonly livenessProbe?: LivenessProbeProps;

  /**
   * Namespace that holds the Secrets of ClusterIssuers, for example their ACME account keys.
   *
   * Helm value `clusterResourceNamespace`; the chart's default is `''`.
   *
   * @default - the install namespace
   */
  readonly clusterResourceNamespace?: string;

  /**
   * Maximum number of ACME challenges that the controller processes at once.
   *
   * Helm value `maxConcurrentChallenges`; the chart's default is 60.
   *
   * @default 60
   */
  readonly maxConcurrentChallenges?: number;

  /**
   * Whether deleting a Certificate also deletes its Secret, through an owner reference.
   *
   * Helm value `enableCertificateOwnerRef`; the chart's default is `false`.
   *
   * @default false
   */
  readonly enableCertificateOwnerRef?: boolean;

  /**
   * Recursive name servers for DNS-01 self-checks, each `<ip address>:<port>` or
   * `https://<DNS over HTTPS server>`.
   *
   * Helm value `dns01RecursiveNameservers`, a comma-separated string; the chart's default is `''`.
   *
   * @default - the name servers of the pod's resolv.conf
   */
  readonly dns01RecursiveNameservers?: string[];

  /**
   * Whether DNS-01 self-checks use only `dns01RecursiveNameservers`, never the authoritative
   * name servers.
   *
   * Helm value `dns01RecursiveNameserversOnly`; the chart's default is `false`.
   *
   * @default false
   */
  readonly dns01RecursiveNameserversOnly?: boolean;

  /**
   * Whether the built-in approver of CertificateRequests is turned off, for example because
   * approver-policy approves them instead.
   *
   * Helm value `disableAutoApproval`; the chart's default is `false`.
   *
   * @default false
   */
  readonly disableAutoApproval?: boolean;

  /**
   * Signer names that the built-in approver may approve. An empty list lets it approve every
   * signer.
   *
   * Helm value `approveSignerNames`; the chart's default is
   * `['issuers.cert-manager.io/*', 'clusterissuers.cert-manager.io/*']`.
   *
   * @default ['issuers.cert-manager.io/*', 'clusterissuers.cert-manager.io/*']
   */
  readonly approveSignerNames?: string[];

  /**
   * The issuer for Ingresses that ask for a certificate without naming an issuer.
   *
   * Helm values `ingressShim.*`.
   *
   * @default - no default issuer
   */
  readonly ingressShim?: IngressShimProps;

  /**
   * `HTTP_PROXY` of the controller container.
   *
   * Helm value `http_proxy`; the chart leaves it unset.
   *
   * @default - no proxy
   */
  readonly httpProxy?: string;

  /**
   * `HTTPS_PROXY` of the controller container.
   *
   * Helm value `https_proxy`; the chart leaves it unset.
   *
   * @default - no proxy
   */
  readonly httpsProxy?: string;

  /**
   * `NO_PROXY` of the controller container: hosts and CIDRs reached without the proxy,
   * comma-separated.
   *
   * Helm value `no_proxy`; the chart leaves it unset.
   *
   * @default - unset
   */
  readonly noProxy?: string;

  /**
   * Extra containers in the controller pod.
   *
   * Helm value `extraContainers`; the chart's default is `[]`.
   *
   * @default - none
   */
  readonly extraContainers?: k8s.Container[];

  /**
   * `hostAliases` of the controller pods.
   *
   * Helm value `hostAliases`; the chart's default is `[]`.
   *
   * @default - none
   */
  readonly hostAliases?: k8s.HostAlias[];

  /**
   * `dnsPolicy` of the controller pods.
   *
   * Helm value `podDnsPolicy`; the chart leaves it unset.
   *
   * @default - Kubernetes applies ClusterFirst
   */
  readonly dnsPolicy?: DnsPolicy;

  /**
   * `dnsConfig` of the controller pods.
   *
   * Helm value `podDnsConfig`; the chart leaves it unset.
   *
   * @default - none
   */
  readonly dnsConfig?: k8s.PodDnsConfig;

  /**
   * `ipFamilyPolicy` of the controller's metrics Service.
   *
   * Helm value `serviceIPFamilyPolicy`; the chart leaves it unset.
   *
   * @default - Kubernetes applies SingleStack
   */
  readonly serviceIPFamilyPolicy?: IpFamilyPolicy;

  /**
   * `ipFamilies` of the controller's metrics Service.
   *
   * Helm value `serviceIPFamilies`; the chart leaves it unset.
   *
   * @default - Kubernetes picks from the cluster's configuration
   */
  readonly serviceIPFamilies?: IpFamily[];
}
