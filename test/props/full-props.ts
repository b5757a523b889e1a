import { Duration } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import {
  ChartValuesProps, ComponentProps, DeploymentComponentProps, DnsPolicy, ImagePullPolicy, IpFamily, IpFamilyPolicy,
  MonitorProps, UnhealthyPodEvictionPolicy, WebhookServiceType,
} from '../../src/props';

/** Returns `ComponentProps` with every prop set. */
export function componentProps(name: string): ComponentProps {
  return {
    image: {
      repository: `registry.example.com/cert-manager/${name}`,
      registry: 'mirror.example.com',
      name: `cert-manager-${name}`,
      tag: 'v1.21.1',
      digest: `sha256:${'0'.repeat(64)}`,
      pullPolicy: ImagePullPolicy.ALWAYS,
    },
    resources: {
      requests: { cpu: k8s.Quantity.fromString('100m'), memory: k8s.Quantity.fromString('128Mi') },
      limits: { memory: k8s.Quantity.fromString('256Mi') },
    },
    securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
    containerSecurityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } },
    extraArgs: ['--v=4'],
    extraEnv: [{ name: 'GODEBUG', value: 'x509sha1=0' }],
    nodeSelector: { 'kubernetes.io/os': 'linux', 'node-role.example.com/infra': '' },
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'node-role.example.com/infra', operator: 'Exists' }] }],
        },
      },
    },
    tolerations: [{ key: 'infra', operator: 'Exists', effect: 'NoSchedule' }],
    runtimeClassName: 'gvisor',
    podLabels: { team: 'platform' },
    podAnnotations: { 'example.com/owner': 'platform' },
    serviceAccount: {
      create: true,
      name: `${name}-sa`,
      annotations: { 'iam.gke.io/gcp-service-account': 'cm@project.iam.gserviceaccount.com' },
      labels: { team: 'platform' },
      automountServiceAccountToken: false,
    },
    automountServiceAccountToken: false,
    volumes: [{ name: 'tmp', emptyDir: { sizeLimit: k8s.Quantity.fromString('10Mi') } }],
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
    enableServiceLinks: true,
  };
}

/** Returns `DeploymentComponentProps` with every prop set. */
export function deploymentProps(name: string): DeploymentComponentProps {
  return {
    ...componentProps(name),
    replicas: 3,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromString('0%') } },
    podDisruptionBudget: {
      enabled: true,
      minAvailable: k8s.IntOrString.fromNumber(1),
      unhealthyPodEvictionPolicy: UnhealthyPodEvictionPolicy.ALWAYS_ALLOW,
    },
    topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway' }],
    deploymentAnnotations: { 'example.com/rollout': 'slow' },
    serviceLabels: { scrape: 'true' },
    serviceAnnotations: { 'example.com/svc': 'yes' },
    featureGates: { ServerSideApply: true },
    config: { logging: { format: 'json' } },
    networkPolicy: {
      enabled: true,
      ingress: [{ ports: [{ port: k8s.IntOrString.fromString('http-metrics'), protocol: 'TCP' }] }],
      egress: [{ ports: [{ port: k8s.IntOrString.fromNumber(443), protocol: 'TCP' }] }],
    },
  };
}

function monitorProps(): MonitorProps {
  return {
    enabled: false,
    namespace: 'monitoring',
    prometheusInstance: 'main',
    interval: Duration.seconds(30),
    scrapeTimeout: Duration.seconds(10),
    labels: { release: 'prometheus' },
    annotations: { 'example.com/monitor': 'yes' },
    honorLabels: true,
    endpointAdditionalProperties: { relabelings: [{ action: 'labeldrop', regex: 'pod' }] },
  };
}

/** Returns props that set every typed prop, so that the compiler checks every prop name. */
export function fullProps(): ChartValuesProps {
  return {
    global: {
      commonLabels: { 'example.com/env': 'prod' },
      hostUsers: false,
      imagePullSecrets: [{ name: 'registry-credentials' }],
      leaderElection: {
        namespace: 'cert-manager',
        leaseDuration: Duration.seconds(60),
        renewDeadline: Duration.seconds(40),
        retryPeriod: Duration.seconds(15),
      },
      logLevel: 4,
      nodeSelector: { 'kubernetes.io/arch': 'amd64' },
      priorityClassName: 'system-cluster-critical',
      rbac: { create: true, aggregateClusterRoles: false },
      revisionHistoryLimit: 3,
      runtimeClassName: 'runc',
    },
    controller: {
      ...deploymentProps('controller'),
      healthzPort: 9403,
      metricsPort: 9402,
      livenessProbe: { enabled: true, initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 15, successThreshold: 1, failureThreshold: 8 },
      clusterResourceNamespace: 'cert-manager-cluster',
      maxConcurrentChallenges: 30,
      enableCertificateOwnerRef: true,
      dns01RecursiveNameservers: ['1.1.1.1:53', '8.8.8.8:53'],
      dns01RecursiveNameserversOnly: true,
      disableAutoApproval: true,
      approveSignerNames: ['issuers.cert-manager.io/*'],
      ingressShim: { defaultIssuerName: 'letsencrypt', defaultIssuerKind: 'ClusterIssuer', defaultIssuerGroup: 'cert-manager.io' },
      httpProxy: 'http://proxy.example.com:3128',
      httpsProxy: 'http://proxy.example.com:3128',
      noProxy: '127.0.0.1,.svc,.cluster.local',
      extraContainers: [{ name: 'sidecar', image: 'busybox:1.36', ports: [{ containerPort: 8080, hostIp: '127.0.0.1' }] }],
      hostAliases: [{ ip: '10.0.0.10', hostnames: ['acme.internal'] }],
      dnsPolicy: DnsPolicy.NONE,
      dnsConfig: { nameservers: ['10.0.0.53'], options: [{ name: 'ndots', value: '1' }] },
      serviceIPFamilyPolicy: IpFamilyPolicy.PREFER_DUAL_STACK,
      serviceIPFamilies: [IpFamily.IPV4, IpFamily.IPV6],
    },
    webhook: {
      ...deploymentProps('webhook'),
      securePort: 10260,
      timeoutSeconds: 10,
      hostNetwork: true,
      serviceType: WebhookServiceType.LOAD_BALANCER,
      loadBalancerIP: '192.0.2.10',
      serviceIPFamilyPolicy: IpFamilyPolicy.SINGLE_STACK,
      serviceIPFamilies: [IpFamily.IPV6],
      url: { host: 'cert-manager-webhook.example.com' },
      validatingWebhookConfiguration: {
        namespaceSelector: { matchExpressions: [{ key: 'example.com/skip', operator: 'DoesNotExist' }] },
        annotations: { 'example.com/validating': 'yes' },
      },
      mutatingWebhookConfiguration: {
        namespaceSelector: { matchLabels: { 'example.com/mutate': 'true' } },
        annotations: { 'example.com/mutating': 'yes' },
      },
      livenessProbe: { initialDelaySeconds: 30, periodSeconds: 10, timeoutSeconds: 2, successThreshold: 1, failureThreshold: 3 },
      readinessProbe: { initialDelaySeconds: 5, periodSeconds: 5, timeoutSeconds: 2, successThreshold: 2, failureThreshold: 3 },
      enableClientVerification: true,
      clientCAFile: '/etc/webhook-ca/ca.crt',
      apiserverClientCertSubjects: ['kube-apiserver'],
    },
    cainjector: { ...deploymentProps('cainjector'), enabled: true },
    acmesolver: {
      image: { repository: 'registry.example.com/acmesolver', registry: 'mirror.example.com', name: 'acmesolver', tag: 'v1.21.1', digest: `sha256:${'1'.repeat(64)}` },
      runtimeClassName: 'gvisor',
    },
    startupapicheck: {
      ...componentProps('startupapicheck'),
      enabled: true,
      timeout: Duration.minutes(2),
      backoffLimit: 2,
      ttlSecondsAfterFinished: 600,
      jobAnnotations: { 'argocd.argoproj.io/hook': 'PostSync' },
      rbac: { annotations: { 'argocd.argoproj.io/hook': 'PostSync' } },
    },
    crds: { enabled: true, keep: false },
    prometheus: { enabled: true, servicemonitor: { ...monitorProps(), enabled: true }, podmonitor: monitorProps() },
    imageRegistry: 'registry.example.com',
    imageNamespace: 'cert-manager',
    nameOverride: 'certs',
    fullnameOverride: 'platform-certs',
    creator: 'static',
    extraObjects: ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n'],
  };
}
