/**
 * When the kubelet pulls a container image.
 *
 * @see https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy
 */
export enum ImagePullPolicy {
  /** Pull the image every time a container starts. */
  ALWAYS = 'Always',
  /** Pull the image only when it is not on the node yet. */
  IF_NOT_PRESENT = 'IfNotPresent',
  /** Never pull; the image must already be on the node. */
  NEVER = 'Never',
}

/**
 * IP family of a Service.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services
 */
export enum IpFamily {
  /** IPv4. */
  IPV4 = 'IPv4',
  /** IPv6. */
  IPV6 = 'IPv6',
}

/**
 * Whether a Service gets one or two IP families.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/dual-stack/#services
 */
export enum IpFamilyPolicy {
  /** One IP family. */
  SINGLE_STACK = 'SingleStack',
  /** Two IP families where the cluster offers both, else one. */
  PREFER_DUAL_STACK = 'PreferDualStack',
  /** Two IP families; the Service fails when the cluster offers only one. */
  REQUIRE_DUAL_STACK = 'RequireDualStack',
}

/**
 * How the webhook's Service is exposed.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
 */
export enum WebhookServiceType {
  /** A cluster-internal IP address. */
  CLUSTER_IP = 'ClusterIP',
  /** A port on every node, plus a cluster IP address. */
  NODE_PORT = 'NodePort',
  /** A cloud load balancer, plus a node port and a cluster IP address. */
  LOAD_BALANCER = 'LoadBalancer',
}

/**
 * DNS policy of a pod.
 *
 * @see https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#pod-s-dns-policy
 */
export enum DnsPolicy {
  /** Cluster DNS first, then the upstream name servers. */
  CLUSTER_FIRST = 'ClusterFirst',
  /** Cluster DNS first, also for pods on the host network. */
  CLUSTER_FIRST_WITH_HOST_NET = 'ClusterFirstWithHostNet',
  /** The name resolution of the node the pod runs on. */
  DEFAULT = 'Default',
  /** Only what the pod's `dnsConfig` sets. */
  NONE = 'None',
}

/**
 * When a PodDisruptionBudget lets running pods that are not ready be evicted.
 *
 * @see https://kubernetes.io/docs/tasks/run-application/configure-pdb/#unhealthy-pod-eviction-policy
 */
export enum UnhealthyPodEvictionPolicy {
  /** Only while the budget is met. */
  IF_HEALTHY_BUDGET = 'IfHealthyBudget',
  /** Always, whether the budget is met or not. */
  ALWAYS_ALLOW = 'AlwaysAllow',
}
