import {
  anyMap, anyString, bool, checkNameserver, commaList, Converter, dns1035Label, dnsLabel, dnsSubdomain, duration,
  featureGates, hostAndPort, imageDigest, imageTag, integer, k8sList, k8sObject, nonEmptyString, nonNegative, oneOf,
  podCount, port, positive, replicas, stringList, stringMap,
} from './checks';
import { DnsPolicy, ImagePullPolicy, IpFamily, IpFamilyPolicy, UnhealthyPodEvictionPolicy, WebhookServiceType } from './enums';

/**
 * One typed prop and the chart value it sets.
 */
export interface ValueMapping {
  /** Dotted prop path below `ChartValuesProps`, as the user writes it: `webhook.securePort`. */
  readonly prop: string;
  /** Dotted path of the chart value. */
  readonly helm: string;
  /** Validates the prop's value and converts it to the chart value. */
  readonly convert: Converter;
}

const ipFamilies: Converter = (value, prop) => {
  const items = stringList(value, prop);
  items.forEach((item: string, index: number) => oneOf(IpFamily as any, 'IpFamily')(item, `${prop}[${index}]`));
  return items;
};

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/** Mappings of `ImageReferenceProps` (and `pullPolicy` when `withPullPolicy`). */
function imageMappings(prop: string, helm: string, withPullPolicy: boolean): ValueMapping[] {
  const mappings: ValueMapping[] = [
    { prop: `${prop}.repository`, helm: `${helm}.repository`, convert: nonEmptyString },
    { prop: `${prop}.registry`, helm: `${helm}.registry`, convert: nonEmptyString },
    { prop: `${prop}.name`, helm: `${helm}.name`, convert: nonEmptyString },
    { prop: `${prop}.tag`, helm: `${helm}.tag`, convert: imageTag },
    { prop: `${prop}.digest`, helm: `${helm}.digest`, convert: imageDigest },
  ];
  if (withPullPolicy) {
    mappings.push({ prop: `${prop}.pullPolicy`, helm: `${helm}.pullPolicy`, convert: oneOf(ImagePullPolicy as any, 'ImagePullPolicy') });
  }
  return mappings;
}

/** Mappings of `ComponentProps`, under a prop prefix and a chart values prefix. */
function componentMappings(prop: string, helm: string): ValueMapping[] {
  const at = (name: string, convert: Converter, helmName: string = name): ValueMapping =>
    ({ prop: join(prop, name), helm: join(helm, helmName), convert });
  return [
    ...imageMappings(join(prop, 'image'), join(helm, 'image'), true),
    at('resources', k8sObject('ResourceRequirements')),
    at('securityContext', k8sObject('PodSecurityContext')),
    at('containerSecurityContext', k8sObject('SecurityContext')),
    at('extraArgs', stringList),
    at('extraEnv', k8sList('EnvVar')),
    at('nodeSelector', stringMap),
    at('affinity', k8sObject('Affinity')),
    at('tolerations', k8sList('Toleration')),
    at('runtimeClassName', dnsSubdomain),
    at('podLabels', stringMap),
    at('podAnnotations', stringMap),
    at('serviceAccount.create', bool),
    at('serviceAccount.name', dnsSubdomain),
    at('serviceAccount.annotations', stringMap),
    at('serviceAccount.labels', stringMap),
    at('serviceAccount.automountServiceAccountToken', bool),
    at('automountServiceAccountToken', bool),
    at('volumes', k8sList('Volume')),
    at('volumeMounts', k8sList('VolumeMount')),
    at('enableServiceLinks', bool),
  ];
}

/** Mappings of `DeploymentComponentProps`. */
function deploymentMappings(prop: string, helm: string): ValueMapping[] {
  const at = (name: string, convert: Converter, helmName: string = name): ValueMapping =>
    ({ prop: join(prop, name), helm: join(helm, helmName), convert });
  return [
    ...componentMappings(prop, helm),
    at('replicas', replicas, 'replicaCount'),
    at('strategy', k8sObject('DeploymentStrategy')),
    at('podDisruptionBudget.enabled', bool),
    at('podDisruptionBudget.minAvailable', podCount),
    at('podDisruptionBudget.maxUnavailable', podCount),
    at('podDisruptionBudget.unhealthyPodEvictionPolicy', oneOf(UnhealthyPodEvictionPolicy as any, 'UnhealthyPodEvictionPolicy')),
    at('topologySpreadConstraints', k8sList('TopologySpreadConstraint')),
    at('deploymentAnnotations', stringMap),
    at('serviceLabels', stringMap),
    at('serviceAnnotations', stringMap),
    at('featureGates', featureGates),
    at('config', anyMap),
    at('networkPolicy.enabled', bool),
    at('networkPolicy.ingress', k8sList('NetworkPolicyIngressRule')),
    at('networkPolicy.egress', k8sList('NetworkPolicyEgressRule')),
  ];
}

/** Mappings of `ProbeProps`. */
function probeMappings(prop: string, helm: string, liveness: boolean): ValueMapping[] {
  return [
    { prop: `${prop}.initialDelaySeconds`, helm: `${helm}.initialDelaySeconds`, convert: nonNegative },
    { prop: `${prop}.periodSeconds`, helm: `${helm}.periodSeconds`, convert: positive },
    { prop: `${prop}.timeoutSeconds`, helm: `${helm}.timeoutSeconds`, convert: positive },
    {
      prop: `${prop}.successThreshold`,
      helm: `${helm}.successThreshold`,
      // Kubernetes rejects a liveness probe whose successThreshold is not 1.
      convert: liveness ? integer(1, 1, 'Kubernetes requires 1 for a liveness probe; leave it out.') : positive,
    },
    { prop: `${prop}.failureThreshold`, helm: `${helm}.failureThreshold`, convert: positive },
  ];
}

function monitorMappings(name: string): ValueMapping[] {
  const prop = `prometheus.${name}`;
  return [
    { prop: `${prop}.enabled`, helm: `${prop}.enabled`, convert: bool },
    { prop: `${prop}.namespace`, helm: `${prop}.namespace`, convert: dnsLabel },
    { prop: `${prop}.prometheusInstance`, helm: `${prop}.prometheusInstance`, convert: anyString },
    { prop: `${prop}.interval`, helm: `${prop}.interval`, convert: duration },
    { prop: `${prop}.scrapeTimeout`, helm: `${prop}.scrapeTimeout`, convert: duration },
    { prop: `${prop}.labels`, helm: `${prop}.labels`, convert: stringMap },
    { prop: `${prop}.annotations`, helm: `${prop}.annotations`, convert: stringMap },
    { prop: `${prop}.honorLabels`, helm: `${prop}.honorLabels`, convert: bool },
    { prop: `${prop}.endpointAdditionalProperties`, helm: `${prop}.endpointAdditionalProperties`, convert: anyMap },
  ];
}

/**
 * Every typed prop that sets one chart value. `controller.healthzPort` and
 * `controller.metricsPort` are not listed: they set fields inside `config`.
 */
export const VALUE_MAPPINGS: readonly ValueMapping[] = [
  // global
  { prop: 'global.commonLabels', helm: 'global.commonLabels', convert: stringMap },
  { prop: 'global.hostUsers', helm: 'global.hostUsers', convert: bool },
  { prop: 'global.imagePullSecrets', helm: 'global.imagePullSecrets', convert: k8sList('LocalObjectReference') },
  { prop: 'global.leaderElection.namespace', helm: 'global.leaderElection.namespace', convert: dnsLabel },
  { prop: 'global.leaderElection.leaseDuration', helm: 'global.leaderElection.leaseDuration', convert: duration },
  { prop: 'global.leaderElection.renewDeadline', helm: 'global.leaderElection.renewDeadline', convert: duration },
  { prop: 'global.leaderElection.retryPeriod', helm: 'global.leaderElection.retryPeriod', convert: duration },
  { prop: 'global.logLevel', helm: 'global.logLevel', convert: nonNegative },
  { prop: 'global.nodeSelector', helm: 'global.nodeSelector', convert: stringMap },
  { prop: 'global.priorityClassName', helm: 'global.priorityClassName', convert: dnsSubdomain },
  { prop: 'global.rbac.create', helm: 'global.rbac.create', convert: bool },
  { prop: 'global.rbac.aggregateClusterRoles', helm: 'global.rbac.aggregateClusterRoles', convert: bool },
  { prop: 'global.revisionHistoryLimit', helm: 'global.revisionHistoryLimit', convert: nonNegative },
  { prop: 'global.runtimeClassName', helm: 'global.runtimeClassName', convert: dnsSubdomain },

  // controller: its chart values sit at the top level
  ...deploymentMappings('controller', ''),
  ...probeMappings('controller.livenessProbe', 'livenessProbe', true),
  { prop: 'controller.livenessProbe.enabled', helm: 'livenessProbe.enabled', convert: bool },
  { prop: 'controller.clusterResourceNamespace', helm: 'clusterResourceNamespace', convert: dnsLabel },
  { prop: 'controller.maxConcurrentChallenges', helm: 'maxConcurrentChallenges', convert: positive },
  { prop: 'controller.enableCertificateOwnerRef', helm: 'enableCertificateOwnerRef', convert: bool },
  { prop: 'controller.dns01RecursiveNameservers', helm: 'dns01RecursiveNameservers', convert: commaList(checkNameserver) },
  { prop: 'controller.dns01RecursiveNameserversOnly', helm: 'dns01RecursiveNameserversOnly', convert: bool },
  { prop: 'controller.disableAutoApproval', helm: 'disableAutoApproval', convert: bool },
  { prop: 'controller.approveSignerNames', helm: 'approveSignerNames', convert: stringList },
  { prop: 'controller.ingressShim.defaultIssuerName', helm: 'ingressShim.defaultIssuerName', convert: dnsSubdomain },
  { prop: 'controller.ingressShim.defaultIssuerKind', helm: 'ingressShim.defaultIssuerKind', convert: nonEmptyString },
  { prop: 'controller.ingressShim.defaultIssuerGroup', helm: 'ingressShim.defaultIssuerGroup', convert: nonEmptyString },
  { prop: 'controller.httpProxy', helm: 'http_proxy', convert: nonEmptyString },
  { prop: 'controller.httpsProxy', helm: 'https_proxy', convert: nonEmptyString },
  { prop: 'controller.noProxy', helm: 'no_proxy', convert: nonEmptyString },
  { prop: 'controller.extraContainers', helm: 'extraContainers', convert: k8sList('Container') },
  { prop: 'controller.hostAliases', helm: 'hostAliases', convert: k8sList('HostAlias') },
  { prop: 'controller.dnsPolicy', helm: 'podDnsPolicy', convert: oneOf(DnsPolicy as any, 'DnsPolicy') },
  { prop: 'controller.dnsConfig', helm: 'podDnsConfig', convert: k8sObject('PodDnsConfig') },
  { prop: 'controller.serviceIPFamilyPolicy', helm: 'serviceIPFamilyPolicy', convert: oneOf(IpFamilyPolicy as any, 'IpFamilyPolicy') },
  { prop: 'controller.serviceIPFamilies', helm: 'serviceIPFamilies', convert: ipFamilies },

  // webhook
  ...deploymentMappings('webhook', 'webhook'),
  { prop: 'webhook.securePort', helm: 'webhook.securePort', convert: port },
  { prop: 'webhook.timeoutSeconds', helm: 'webhook.timeoutSeconds', convert: integer(1, 30, 'Kubernetes accepts 1 to 30 seconds for a webhook call.') },
  { prop: 'webhook.hostNetwork', helm: 'webhook.hostNetwork', convert: bool },
  { prop: 'webhook.serviceType', helm: 'webhook.serviceType', convert: oneOf(WebhookServiceType as any, 'WebhookServiceType') },
  { prop: 'webhook.loadBalancerIP', helm: 'webhook.loadBalancerIP', convert: nonEmptyString },
  { prop: 'webhook.serviceIPFamilyPolicy', helm: 'webhook.serviceIPFamilyPolicy', convert: oneOf(IpFamilyPolicy as any, 'IpFamilyPolicy') },
  { prop: 'webhook.serviceIPFamilies', helm: 'webhook.serviceIPFamilies', convert: ipFamilies },
  { prop: 'webhook.url.host', helm: 'webhook.url.host', convert: hostAndPort },
  {
    prop: 'webhook.validatingWebhookConfiguration.namespaceSelector',
    helm: 'webhook.validatingWebhookConfiguration.namespaceSelector',
    convert: k8sObject('LabelSelector'),
  },
  { prop: 'webhook.validatingWebhookConfiguration.annotations', helm: 'webhook.validatingWebhookConfigurationAnnotations', convert: stringMap },
  {
    prop: 'webhook.mutatingWebhookConfiguration.namespaceSelector',
    helm: 'webhook.mutatingWebhookConfiguration.namespaceSelector',
    convert: k8sObject('LabelSelector'),
  },
  { prop: 'webhook.mutatingWebhookConfiguration.annotations', helm: 'webhook.mutatingWebhookConfigurationAnnotations', convert: stringMap },
  ...probeMappings('webhook.livenessProbe', 'webhook.livenessProbe', true),
  ...probeMappings('webhook.readinessProbe', 'webhook.readinessProbe', false),
  { prop: 'webhook.enableClientVerification', helm: 'webhook.enableClientVerification', convert: bool },
  { prop: 'webhook.clientCAFile', helm: 'webhook.clientCAFile', convert: nonEmptyString },
  { prop: 'webhook.apiserverClientCertSubjects', helm: 'webhook.apiserverClientCertSubjects', convert: commaList() },

  // cainjector
  ...deploymentMappings('cainjector', 'cainjector'),
  { prop: 'cainjector.enabled', helm: 'cainjector.enabled', convert: bool },

  // acmesolver
  ...imageMappings('acmesolver.image', 'acmesolver.image', false),
  { prop: 'acmesolver.runtimeClassName', helm: 'acmesolver.runtimeClassName', convert: dnsSubdomain },

  // startupapicheck
  ...componentMappings('startupapicheck', 'startupapicheck'),
  { prop: 'startupapicheck.enabled', helm: 'startupapicheck.enabled', convert: bool },
  { prop: 'startupapicheck.timeout', helm: 'startupapicheck.timeout', convert: duration },
  { prop: 'startupapicheck.backoffLimit', helm: 'startupapicheck.backoffLimit', convert: nonNegative },
  { prop: 'startupapicheck.ttlSecondsAfterFinished', helm: 'startupapicheck.ttlSecondsAfterFinished', convert: nonNegative },
  { prop: 'startupapicheck.jobAnnotations', helm: 'startupapicheck.jobAnnotations', convert: stringMap },
  { prop: 'startupapicheck.rbac.annotations', helm: 'startupapicheck.rbac.annotations', convert: stringMap },

  // crds
  { prop: 'crds.enabled', helm: 'crds.enabled', convert: bool },
  { prop: 'crds.keep', helm: 'crds.keep', convert: bool },

  // prometheus
  { prop: 'prometheus.enabled', helm: 'prometheus.enabled', convert: bool },
  ...monitorMappings('servicemonitor'),
  ...monitorMappings('podmonitor'),

  // top level
  { prop: 'imageRegistry', helm: 'imageRegistry', convert: anyString },
  { prop: 'imageNamespace', helm: 'imageNamespace', convert: anyString },
  { prop: 'nameOverride', helm: 'nameOverride', convert: dnsLabel },
  { prop: 'fullnameOverride', helm: 'fullnameOverride', convert: dns1035Label },
  { prop: 'creator', helm: 'creator', convert: nonEmptyString },
  { prop: 'extraObjects', helm: 'extraObjects', convert: stringList },
];
