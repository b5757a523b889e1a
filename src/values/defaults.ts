/**
 * The values of the cert-manager Helm chart v1.21.1 when the user sets none.
 *
 * The renderers read a merge of these and the user's values, so every key that a template
 * reads has a place here. Keys that the chart leaves unset (for example `automountServiceAccountToken`
 * on a pod) are absent, because the templates test for their presence.
 */
export function chartDefaults(): Record<string, any> {
  return {
    global: {
      imagePullSecrets: [],
      nodeSelector: {},
      commonLabels: {},
      priorityClassName: '',
      rbac: {
        create: true,
        aggregateClusterRoles: true,
      },
      podSecurityPolicy: {
        enabled: false,
        useAppArmor: true,
      },
      logLevel: 2,
      leaderElection: {
        namespace: 'kube-system',
      },
      runtimeClassName: '',
    },
    installCRDs: false,
    crds: {
      enabled: false,
      keep: true,
    },
    replicaCount: 1,
    strategy: {},
    podDisruptionBudget: {
      enabled: false,
    },
    featureGates: '',
    maxConcurrentChallenges: 60,
    imageRegistry: 'quay.io',
    imageNamespace: 'jetstack',
    image: {
      name: 'cert-manager-controller',
      repository: '',
      pullPolicy: 'IfNotPresent',
    },
    clusterResourceNamespace: '',
    namespace: '',
    serviceAccount: {
      create: true,
      automountServiceAccountToken: true,
    },
    enableCertificateOwnerRef: false,
    config: {},
    dns01RecursiveNameservers: '',
    dns01RecursiveNameserversOnly: false,
    disableAutoApproval: false,
    approveSignerNames: [
      'issuers.cert-manager.io/*',
      'clusterissuers.cert-manager.io/*',
    ],
    extraArgs: [],
    extraContainers: [],
    extraEnv: [],
    resources: {},
    securityContext: {
      runAsNonRoot: true,
      seccompProfile: {
        type: 'RuntimeDefault',
      },
    },
    containerSecurityContext: {
      allowPrivilegeEscalation: false,
      capabilities: {
        drop: [
          'ALL',
        ],
      },
      readOnlyRootFilesystem: true,
    },
    volumes: [],
    volumeMounts: [],
    podLabels: {},
    hostAliases: [],
    nodeSelector: {
      'kubernetes.io/os': 'linux',
    },
    networkPolicy: {
      enabled: false,
      ingress: [
        {
          ports: [
            {
              port: 'http-metrics',
              protocol: 'TCP',
            },
            {
              port: 'http-healthz',
              protocol: 'TCP',
            },
          ],
        },
      ],
      egress: [
        {
          ports: [
            {
              port: 80,
              protocol: 'TCP',
            },
            {
              port: 443,
              protocol: 'TCP',
            },
            {
              port: 53,
              protocol: 'TCP',
            },
            {
              port: 53,
              protocol: 'UDP',
            },
            {
              port: 6443,
              protocol: 'TCP',
            },
          ],
        },
      ],
    },
    ingressShim: {},
    affinity: {},
    runtimeClassName: '',
    tolerations: [],
    topologySpreadConstraints: [],
    livenessProbe: {
      enabled: true,
      initialDelaySeconds: 10,
      periodSeconds: 10,
      timeoutSeconds: 15,
      successThreshold: 1,
      failureThreshold: 8,
    },
    enableServiceLinks: false,
    prometheus: {
      enabled: true,
      servicemonitor: {
        enabled: false,
        prometheusInstance: 'default',
        interval: '60s',
        scrapeTimeout: '30s',
        labels: {},
        annotations: {},
        honorLabels: false,
        endpointAdditionalProperties: {},
      },
      podmonitor: {
        enabled: false,
        prometheusInstance: 'default',
        interval: '60s',
        scrapeTimeout: '30s',
        labels: {},
        annotations: {},
        honorLabels: false,
        endpointAdditionalProperties: {},
      },
    },
    webhook: {
      replicaCount: 1,
      timeoutSeconds: 30,
      config: {},
      strategy: {},
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: {
          type: 'RuntimeDefault',
        },
      },
      containerSecurityContext: {
        allowPrivilegeEscalation: false,
        capabilities: {
          drop: [
            'ALL',
          ],
        },
        readOnlyRootFilesystem: true,
      },
      podDisruptionBudget: {
        enabled: false,
      },
      validatingWebhookConfiguration: {
        namespaceSelector: {
          matchExpressions: [
            {
              key: 'cert-manager.io/disable-validation',
              operator: 'NotIn',
              values: [
                'true',
              ],
            },
          ],
        },
      },
      mutatingWebhookConfiguration: {
        namespaceSelector: {},
      },
      extraArgs: [],
      extraEnv: [],
      featureGates: '',
      resources: {},
      livenessProbe: {
        failureThreshold: 3,
        initialDelaySeconds: 60,
        periodSeconds: 10,
        successThreshold: 1,
        timeoutSeconds: 1,
      },
      readinessProbe: {
        failureThreshold: 3,
        initialDelaySeconds: 5,
        periodSeconds: 5,
        successThreshold: 1,
        timeoutSeconds: 1,
      },
      nodeSelector: {
        'kubernetes.io/os': 'linux',
      },
      affinity: {},
      runtimeClassName: '',
      tolerations: [],
      topologySpreadConstraints: [],
      podLabels: {},
      serviceLabels: {},
      serviceIPFamilyPolicy: '',
      serviceIPFamilies: [],
      image: {
        name: 'cert-manager-webhook',
        repository: '',
        pullPolicy: 'IfNotPresent',
      },
      serviceAccount: {
        create: true,
        automountServiceAccountToken: true,
      },
      securePort: 10250,
      hostNetwork: false,
      serviceType: 'ClusterIP',
      url: {},
      networkPolicy: {
        enabled: false,
        ingress: [
          {
            ports: [
              {
                port: 'https',
                protocol: 'TCP',
              },
              {
                port: 'healthcheck',
                protocol: 'TCP',
              },
              {
                port: 'http-metrics',
                protocol: 'TCP',
              },
            ],
          },
        ],
        egress: [
          {
            ports: [
              {
                port: 80,
                protocol: 'TCP',
              },
              {
                port: 443,
                protocol: 'TCP',
              },
              {
                port: 53,
                protocol: 'TCP',
              },
              {
                port: 53,
                protocol: 'UDP',
              },
              {
                port: 6443,
                protocol: 'TCP',
              },
            ],
          },
        ],
      },
      volumes: [],
      volumeMounts: [],
      enableServiceLinks: false,
      enableClientVerification: false,
      clientCAFile: '',
      apiserverClientCertSubjects: '',
    },
    cainjector: {
      enabled: true,
      replicaCount: 1,
      config: {},
      strategy: {},
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: {
          type: 'RuntimeDefault',
        },
      },
      containerSecurityContext: {
        allowPrivilegeEscalation: false,
        capabilities: {
          drop: [
            'ALL',
          ],
        },
        readOnlyRootFilesystem: true,
      },
      networkPolicy: {
        enabled: false,
        ingress: [
          {
            ports: [
              {
                port: 'http-metrics',
                protocol: 'TCP',
              },
            ],
          },
        ],
        egress: [
          {
            ports: [
              {
                port: 80,
                protocol: 'TCP',
              },
              {
                port: 443,
                protocol: 'TCP',
              },
              {
                port: 53,
                protocol: 'TCP',
              },
              {
                port: 53,
                protocol: 'UDP',
              },
              {
                port: 6443,
                protocol: 'TCP',
              },
            ],
          },
        ],
      },
      podDisruptionBudget: {
        enabled: false,
      },
      extraArgs: [],
      extraEnv: [],
      featureGates: '',
      resources: {},
      nodeSelector: {
        'kubernetes.io/os': 'linux',
      },
      affinity: {},
      runtimeClassName: '',
      tolerations: [],
      topologySpreadConstraints: [],
      podLabels: {},
      serviceLabels: {},
      image: {
        name: 'cert-manager-cainjector',
        repository: '',
        pullPolicy: 'IfNotPresent',
      },
      serviceAccount: {
        create: true,
        automountServiceAccountToken: true,
      },
      volumes: [],
      volumeMounts: [],
      enableServiceLinks: false,
    },
    acmesolver: {
      image: {
        name: 'cert-manager-acmesolver',
        repository: '',
        pullPolicy: 'IfNotPresent',
      },
      runtimeClassName: '',
    },
    startupapicheck: {
      enabled: true,
      securityContext: {
        runAsNonRoot: true,
        seccompProfile: {
          type: 'RuntimeDefault',
        },
      },
      containerSecurityContext: {
        allowPrivilegeEscalation: false,
        capabilities: {
          drop: [
            'ALL',
          ],
        },
        readOnlyRootFilesystem: true,
      },
      timeout: '1m',
      backoffLimit: 4,
      jobAnnotations: {
        'helm.sh/hook': 'post-install',
        'helm.sh/hook-weight': '1',
        'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
      },
      extraArgs: [
        '-v',
      ],
      extraEnv: [],
      resources: {},
      nodeSelector: {
        'kubernetes.io/os': 'linux',
      },
      affinity: {},
      runtimeClassName: '',
      tolerations: [],
      podLabels: {},
      image: {
        name: 'cert-manager-startupapicheck',
        repository: '',
        pullPolicy: 'IfNotPresent',
      },
      rbac: {
        annotations: {
          'helm.sh/hook': 'post-install',
          'helm.sh/hook-weight': '-5',
          'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
        },
      },
      serviceAccount: {
        create: true,
        annotations: {
          'helm.sh/hook': 'post-install',
          'helm.sh/hook-weight': '-5',
          'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded',
        },
        automountServiceAccountToken: true,
      },
      volumes: [],
      volumeMounts: [],
      enableServiceLinks: false,
    },
    extraObjects: [],
    creator: 'helm',
    enabled: true,
  };
}
