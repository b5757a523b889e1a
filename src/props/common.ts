import type { k8s } from 'cdk8s-plus-28';
import { ImagePullPolicy, UnhealthyPodEvictionPolicy } from './enums';

/**
 * Source of a cert-manager image.
 *
 * The reference is `<repository>` when `repository` is set, else
 * `<imageRegistry>/<imageNamespace>/<name>`. A `registry` goes in front of either. The tag, the
 * digest or both (`:<tag>@<digest>`) follow, and without either the tag is the chart's
 * appVersion, `v1.21.1`.
 */
export interface ImageReferenceProps {
  /**
   * Full image repository, for example `registry.example.com/cert-manager/controller`. Replaces
   * `imageRegistry`, `imageNamespace` and `name`.
   *
   * Helm value `<component>.image.repository`; the chart's default is `''`.
   *
   * @default - built from `imageRegistry`, `imageNamespace` and `name`
   */
  readonly repository?: string;

  /**
   * Registry put in front of the repository. Deprecated by the chart in favour of
   * `imageRegistry` or `repository`.
   *
   * Helm value `<component>.image.registry`; the chart leaves it unset.
   *
   * @default - no prefix
   */
  readonly registry?: string;

  /**
   * Image name, joined to `imageRegistry` and `imageNamespace` when `repository` is unset.
   *
   * Helm value `<component>.image.name`; the chart's defaults are `cert-manager-controller`,
   * `cert-manager-webhook`, `cert-manager-cainjector`, `cert-manager-startupapicheck` and
   * `cert-manager-acmesolver`.
   *
   * @default - the component's image name
   */
  readonly name?: string;

  /**
   * Image tag.
   *
   * Helm value `<component>.image.tag`; the chart leaves it unset.
   *
   * @default - the chart's appVersion, `v1.21.1`, unless a digest is set
   */
  readonly tag?: string;

  /**
   * Image digest, for example `sha256:0123...`. With a tag the reference becomes
   * `<tag>@<digest>`.
   *
   * Helm value `<component>.image.digest`; the chart leaves it unset.
   *
   * @default - no digest
   */
  readonly digest?: string;
}

/**
 * Image of a component container: where it comes from and when the kubelet pulls it.
 */
export interface ImageProps extends ImageReferenceProps {
  /**
   * `imagePullPolicy` of the container.
   *
   * Helm value `<component>.image.pullPolicy`; the chart's default is `IfNotPresent`.
   *
   * @default ImagePullPolicy.IF_NOT_PRESENT
   */
  readonly pullPolicy?: ImagePullPolicy;
}

/**
 * The ServiceAccount of a component.
 */
export interface ServiceAccountProps {
  /**
   * Whether the chart creates the ServiceAccount.
   *
   * Helm value `<component>.serviceAccount.create`; the chart's default is `true`.
   *
   * @default true
   */
  readonly create?: boolean;

  /**
   * Name of the ServiceAccount, a DNS subdomain.
   *
   * Helm value `<component>.serviceAccount.name`; the chart leaves it unset.
   *
   * @default - the component's full name when `create` is true, else `default`
   */
  readonly name?: string;

  /**
   * Extra annotations on the ServiceAccount, for example a cloud workload identity binding.
   *
   * Helm value `<component>.serviceAccount.annotations`; the chart leaves it unset, except for
   * the startupapicheck, whose default is the three `helm.sh/hook*` annotations of a
   * post-install hook.
   *
   * @default - none, or the Helm hook annotations for the startupapicheck
   */
  readonly annotations?: { [key: string]: string };

  /**
   * Extra labels on the ServiceAccount.
   *
   * Helm value `<component>.serviceAccount.labels`; the chart leaves it unset.
   *
   * @default - none
   */
  readonly labels?: { [key: string]: string };

  /**
   * `automountServiceAccountToken` of the ServiceAccount.
   *
   * Helm value `<component>.serviceAccount.automountServiceAccountToken`; the chart's default is
   * `true`.
   *
   * @default - the hardened install sets false and mounts a projected token volume instead; the chart's default is true
   */
  readonly automountServiceAccountToken?: boolean;
}

/**
 * The PodDisruptionBudget of a component.
 *
 * @see https://kubernetes.io/docs/tasks/run-application/configure-pdb/
 */
export interface PodDisruptionBudgetProps {
  /**
   * Whether the chart creates the PodDisruptionBudget.
   *
   * Helm value `<component>.podDisruptionBudget.enabled`; the chart's default is `false`.
   *
   * @default - the hardened install sets true; the chart's default is false
   */
  readonly enabled?: boolean;

  /**
   * `minAvailable` of the PodDisruptionBudget: a number of pods or a percentage such as `50%`.
   *
   * Helm value `<component>.podDisruptionBudget.minAvailable`; the chart leaves it unset, and its
   * template then writes `minAvailable: 1` unless `maxUnavailable` is set.
   *
   * @default - the hardened install sets 1; the chart writes 1 when maxUnavailable is unset too
   */
  readonly minAvailable?: k8s.IntOrString;

  /**
   * `maxUnavailable` of the PodDisruptionBudget: a number of pods or a percentage such as
   * `50%`. Kubernetes accepts only one of `minAvailable` and `maxUnavailable`.
   *
   * Helm value `<component>.podDisruptionBudget.maxUnavailable`; the chart leaves it unset.
   *
   * @default - unset
   */
  readonly maxUnavailable?: k8s.IntOrString;

  /**
   * `unhealthyPodEvictionPolicy` of the PodDisruptionBudget.
   *
   * Helm value `<component>.podDisruptionBudget.unhealthyPodEvictionPolicy`; the chart leaves
   * it unset.
   *
   * @default - Kubernetes applies IfHealthyBudget
   */
  readonly unhealthyPodEvictionPolicy?: UnhealthyPodEvictionPolicy;
}

/**
 * The ingress and egress NetworkPolicies that the chart renders for a component.
 */
export interface NetworkPolicyProps {
  /**
   * Whether the chart creates the NetworkPolicies.
   *
   * Helm value `<component>.networkPolicy.enabled`; the chart's default is `false`.
   *
   * @default - the hardened install sets true; the chart's default is false
   */
  readonly enabled?: boolean;

  /**
   * Ingress rules.
   *
   * Helm value `<component>.networkPolicy.ingress`; the chart's default admits any source on
   * the component's named ports (`http-metrics`, plus `http-healthz` for the controller and
   * `https` and `healthcheck` for the webhook).
   *
   * @default - the hardened install admits the metrics scrapers on the metrics port and, for the webhook, the API server on `https`; the chart's default admits any source on the component's ports
   */
  readonly ingress?: k8s.NetworkPolicyIngressRule[];

  /**
   * Egress rules.
   *
   * Helm value `<component>.networkPolicy.egress`; the chart's default allows any destination on
   * TCP 80, 443, 6443 and TCP and UDP 53.
   *
   * @default - the hardened install allows the API server and cluster DNS only; the chart's default allows any destination on TCP 80, 443, 6443 and port 53
   */
  readonly egress?: k8s.NetworkPolicyEgressRule[];
}

/**
 * Timings of an HTTP probe. Field names and meanings are those of the Kubernetes `Probe`.
 *
 * @see https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
 */
export interface ProbeProps {
  /**
   * Seconds after the container starts before the first probe.
   *
   * Helm value `<probe>.initialDelaySeconds`; the chart's defaults are 10 (controller liveness),
   * 60 (webhook liveness) and 5 (webhook readiness).
   *
   * @default - the chart's default of the probe
   */
  readonly initialDelaySeconds?: number;

  /**
   * Seconds between two probes.
   *
   * Helm value `<probe>.periodSeconds`; the chart's defaults are 10 (controller and webhook
   * liveness) and 5 (webhook readiness).
   *
   * @default - the chart's default of the probe
   */
  readonly periodSeconds?: number;

  /**
   * Seconds after which one probe fails.
   *
   * Helm value `<probe>.timeoutSeconds`; the chart's defaults are 15 (controller liveness) and
   * 1 (webhook).
   *
   * @default - the chart's default of the probe
   */
  readonly timeoutSeconds?: number;

  /**
   * Consecutive successes that count as success after a failure.
   *
   * Helm value `<probe>.successThreshold`; the chart's default is 1.
   *
   * @default 1
   */
  readonly successThreshold?: number;

  /**
   * Consecutive failures that count as failure.
   *
   * Helm value `<probe>.failureThreshold`; the chart's defaults are 8 (controller liveness) and 3
   * (webhook).
   *
   * @default - the chart's default of the probe
   */
  readonly failureThreshold?: number;
}

/**
 * Settings that every cert-manager component's pod and container share.
 *
 * The Helm values are those of the controller at the top level of the chart's values (for
 * example `nodeSelector`) and those of the other components under their key (for example
 * `webhook.nodeSelector`); `<component>.` below stands for either.
 */
export interface ComponentProps {
  /**
   * The component's image.
   *
   * Helm values `<component>.image.*`.
   *
   * @default - the chart's image of the component at tag v1.21.1 from quay.io/jetstack
   */
  readonly image?: ImageProps;

  /**
   * Resource requests and limits of the component's container.
   *
   * Helm value `<component>.resources`; the chart's default is `{}`.
   *
   * @default - the hardened install sets requests and limits per component; the chart sets none
   */
  readonly resources?: k8s.ResourceRequirements;

  /**
   * Pod security context.
   *
   * Helm value `<component>.securityContext`; the chart's default is `runAsNonRoot: true` and
   * the `RuntimeDefault` seccomp profile.
   *
   * @default - the hardened install adds runAsUser, runAsGroup and fsGroup (one id above 10000 per component) to the chart's default of runAsNonRoot and the RuntimeDefault seccomp profile
   */
  readonly securityContext?: k8s.PodSecurityContext;

  /**
   * Security context of the component's container.
   *
   * Helm value `<component>.containerSecurityContext`; the chart's default forbids privilege
   * escalation, drops all capabilities and makes the root filesystem read-only.
   *
   * @default - the hardened install adds runAsNonRoot, runAsUser and runAsGroup (one id above 10000 per component) and the RuntimeDefault seccomp profile to the chart's default
   */
  readonly containerSecurityContext?: k8s.SecurityContext;

  /**
   * Extra command-line flags of the component, for example `--enable-certificate-owner-ref`.
   *
   * Helm value `<component>.extraArgs`; the chart's default is `[]`, except for the
   * startupapicheck, whose default is `['-v']`.
   *
   * @default - the hardened install gives the cainjector `--namespace=<install namespace>` and `--enable-certificates-data-source=false` unless `cainjectorNamespaced` is false; the chart's default is none, or `['-v']` for the startupapicheck
   */
  readonly extraArgs?: string[];

  /**
   * Extra environment variables of the component's container.
   *
   * Helm value `<component>.extraEnv`; the chart's default is `[]`.
   *
   * @default - none
   */
  readonly extraEnv?: k8s.EnvVar[];

  /**
   * `nodeSelector` of the pods, merged with `global.nodeSelector`.
   *
   * Helm value `<component>.nodeSelector`; the chart's default is `kubernetes.io/os: linux`.
   *
   * @default { 'kubernetes.io/os': 'linux' }
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * `affinity` of the pods.
   *
   * Helm value `<component>.affinity`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly affinity?: k8s.Affinity;

  /**
   * `tolerations` of the pods.
   *
   * Helm value `<component>.tolerations`; the chart's default is `[]`.
   *
   * @default - none
   */
  readonly tolerations?: k8s.Toleration[];

  /**
   * `runtimeClassName` of the pods; takes precedence over `global.runtimeClassName`.
   *
   * Helm value `<component>.runtimeClassName`; the chart's default is `''`.
   *
   * @default - global.runtimeClassName, else the cluster's default runtime
   */
  readonly runtimeClassName?: string;

  /**
   * Extra labels on the pods.
   *
   * Helm value `<component>.podLabels`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly podLabels?: { [key: string]: string };

  /**
   * Extra annotations on the pods.
   *
   * Helm value `<component>.podAnnotations`; the chart leaves it unset.
   *
   * @default - none
   */
  readonly podAnnotations?: { [key: string]: string };

  /**
   * The component's ServiceAccount.
   *
   * Helm values `<component>.serviceAccount.*`.
   *
   * @default - a ServiceAccount named after the component
   */
  readonly serviceAccount?: ServiceAccountProps;

  /**
   * `automountServiceAccountToken` of the pods.
   *
   * Helm value `<component>.automountServiceAccountToken`; the chart leaves it unset, so the
   * ServiceAccount's setting applies.
   *
   * @default - the hardened install sets false and mounts a projected token volume instead; the chart leaves it unset
   */
  readonly automountServiceAccountToken?: boolean;

  /**
   * Extra volumes of the pods.
   *
   * Helm value `<component>.volumes`; the chart's default is `[]`.
   *
   * @default - the hardened install adds the projected `serviceaccount-token` volume; the chart's default is none
   */
  readonly volumes?: k8s.Volume[];

  /**
   * Extra volume mounts of the component's container.
   *
   * Helm value `<component>.volumeMounts`; the chart's default is `[]`.
   *
   * @default - the hardened install mounts `serviceaccount-token` read-only at /var/run/secrets/kubernetes.io/serviceaccount; the chart's default is none
   */
  readonly volumeMounts?: k8s.VolumeMount[];

  /**
   * `enableServiceLinks` of the pods.
   *
   * Helm value `<component>.enableServiceLinks`; the chart's default is `false`.
   *
   * @default false
   */
  readonly enableServiceLinks?: boolean;
}

/**
 * Settings that the three long-running components (controller, webhook and cainjector) share:
 * their Deployment, Service, configuration file and NetworkPolicies.
 */
export interface DeploymentComponentProps extends ComponentProps {
  /**
   * Number of pods.
   *
   * Helm value `<component>.replicaCount`; the chart's default is 1.
   *
   * @default - the hardened install sets 2 for the controller and cainjector and 3 for the webhook; the chart's default is 1
   */
  readonly replicas?: number;

  /**
   * Update `strategy` of the Deployment.
   *
   * Helm value `<component>.strategy`; the chart's default is `{}`.
   *
   * @default - Kubernetes applies a rolling update with 25% maxSurge and maxUnavailable
   */
  readonly strategy?: k8s.DeploymentStrategy;

  /**
   * The component's PodDisruptionBudget.
   *
   * Helm values `<component>.podDisruptionBudget.*`.
   *
   * @default - the hardened install creates one with minAvailable 1; the chart creates none
   */
  readonly podDisruptionBudget?: PodDisruptionBudgetProps;

  /**
   * `topologySpreadConstraints` of the pods.
   *
   * Helm value `<component>.topologySpreadConstraints`; the chart's default is `[]`.
   *
   * @default - the hardened install spreads the pods over nodes (hard) and zones (soft); the chart sets none
   */
  readonly topologySpreadConstraints?: k8s.TopologySpreadConstraint[];

  /**
   * Extra annotations on the Deployment.
   *
   * Helm value `<component>.deploymentAnnotations`; the chart leaves it unset.
   *
   * @default - none
   */
  readonly deploymentAnnotations?: { [key: string]: string };

  /**
   * Extra labels on the component's Service.
   *
   * Helm value `<component>.serviceLabels`; the chart's default is `{}` (unset for the
   * controller).
   *
   * @default - none
   */
  readonly serviceLabels?: { [key: string]: string };

  /**
   * Extra annotations on the component's Service.
   *
   * Helm value `<component>.serviceAnnotations`; the chart leaves it unset.
   *
   * @default - none
   */
  readonly serviceAnnotations?: { [key: string]: string };

  /**
   * Feature gates of the component, by name, for example `{ ExperimentalGatewayAPISupport: true }`.
   * They are passed with `--feature-gates` as `Name=true,Other=false`, in the order given.
   *
   * Helm value `<component>.featureGates`, a comma-separated string; the chart's default is `''`.
   *
   * @default - cert-manager's defaults
   */
  readonly featureGates?: { [name: string]: boolean };

  /**
   * The component's configuration file, rendered into a ConfigMap and passed with `--config`.
   * `apiVersion` and `kind` are filled in when missing.
   *
   * Helm value `<component>.config`; the chart's default is `{}`.
   *
   * @see https://cert-manager.io/docs/reference/api-docs/
   * @default - no configuration file
   */
  readonly config?: { [key: string]: any };

  /**
   * The component's NetworkPolicies.
   *
   * Helm values `<component>.networkPolicy.*`.
   *
   * @default - the hardened install enables them with least-privilege rules; the chart creates none
   */
  readonly networkPolicy?: NetworkPolicyProps;
}
