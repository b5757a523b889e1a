import { ChartContext } from './chart/context';
import { ComplianceSuppression, SuppressedObject } from './compliance/suppression';

type Group = { ruleIds: string[]; reason: string; objects: SuppressedObject[] };

/**
 * The compliance findings that the install accepts by design, each with the reason. They cover
 * what cert-manager must do to work (read Secrets everywhere, create solver pods, patch webhook
 * configurations), what v1.21.1 does not serve (readiness and cainjector health endpoints), and
 * where the packs contradict each other or the chart's names and labels, which the install keeps
 * so that a live Helm release can be taken over.
 *
 * Each suppression is narrowed to the objects it is about.
 */
export function installSuppressions(ctx: ChartContext): ComplianceSuppression[] {
  const role = (name: string) => ({ kind: 'ClusterRole', name });
  const deployment = (name: string) => ({ kind: 'Deployment', name });
  const controller = deployment(ctx.fullname);
  const cainjector = deployment(ctx.cainjectorFullname);
  const workloads = [controller, deployment(ctx.webhookFullname), cainjector, { kind: 'Job', name: ctx.startupapicheckFullname }];
  const controllerRoles = ['certificates', 'challenges', 'clusterissuers', 'issuers', 'orders']
    .map((suffix) => role(`${ctx.fullname}-controller-${suffix}`));

  const groups: Group[] = [
    {
      ruleIds: ['CIS-5.1.2', 'CP-R-RBAC-03', 'DATREE-CIS_INVALID_VERB_SECRETS', 'KYVERNO-other/restrict-secret-role-verbs'],
      reason: 'cert-manager reads and writes the Secrets that hold certificates, ACME account keys and issuer credentials in every namespace with Certificates or Issuers, and cainjector reads CA Secrets. Users choose the Secret names, so resourceNames cannot narrow the rules.',
      objects: [role(ctx.cainjectorFullname), ...controllerRoles],
    },
    {
      ruleIds: ['CIS-5.1.12', 'KYVERNO-other/restrict-clusterrole-mutating-validating-admission-webhooks'],
      reason: 'cainjector exists to write the caBundle field of webhook configurations.',
      objects: [role(ctx.cainjectorFullname)],
    },
    {
      ruleIds: ['CIS-5.1.4'],
      reason: 'The controller creates the pods that answer ACME HTTP-01 challenges in the namespace of each Certificate.',
      objects: [role(`${ctx.fullname}-controller-challenges`)],
    },
    {
      ruleIds: ['CP-R-ARCH-02', 'CP-R-RBAC-01'],
      reason: 'No approval policy controller comes with cert-manager, so the built-in approver must approve CertificateRequests or none is signed. Set controller.disableAutoApproval once an approver such as approver-policy runs.',
      objects: [
        controller,
        { kind: 'ClusterRoleBinding', name: `${ctx.fullname}-controller-approve:cert-manager-io` },
        { kind: 'ClusterRoleBinding', name: `${ctx.fullname}-controller-ingress-shim` },
      ],
    },
    {
      ruleIds: ['CP-R-RBAC-04'],
      reason: 'The controller writes the status of Issuers and ClusterIssuers, and the aggregated edit role gives namespace editors the Issuer rights that the chart grants them.',
      objects: [role(`${ctx.fullname}-controller-issuers`), role(`${ctx.fullname}-controller-clusterissuers`), role(`${ctx.fullname}-edit`)],
    },
    {
      ruleIds: ['NSA-NET-1'],
      reason: 'The leader-election Roles stay in the chart\'s leader-election namespace so that a live Helm release can be taken over. Set global.leaderElection.namespace to move them.',
      objects: [
        { kind: 'Role', name: `${ctx.fullname}:leaderelection` },
        { kind: 'Role', name: `${ctx.cainjectorFullname}:leaderelection` },
        { kind: 'RoleBinding', name: `${ctx.fullname}:leaderelection` },
        { kind: 'RoleBinding', name: `${ctx.cainjectorFullname}:leaderelection` },
      ],
    },
    {
      ruleIds: [
        'BSI-APP.4.4.A11', 'BSI-SYS.1.6.A3', 'DATREE-CONTAINERS_MISSING_READINESSPROBE_KEY', 'KUBESCORE-pod-probes',
        'LEARNK8S-LK8S-HEALTH-1', 'LEARNK8S-LK8S-RUNTIME-1', 'POLARIS-readinessProbeMissing',
      ],
      reason: 'The controller serves no readiness endpoint in v1.21.1 and takes no Service traffic but metrics; leader election decides which replica works. cainjector serves no health endpoint at all.',
      objects: [controller, cainjector],
    },
    {
      ruleIds: [
        'DATREE-CONTAINERS_MISSING_LIVENESSPROBE_KEY', 'KYVERNO-best-practices/require-probes', 'LEARNK8S-LK8S-HEALTH-3',
        'POLARIS-livenessProbeMissing',
      ],
      reason: 'cainjector v1.21.1 serves no health endpoint, so a liveness probe would point at nothing and restart it forever.',
      objects: [cainjector],
    },
    {
      ruleIds: ['BSI-SYS.1.6.A12', 'DATREE-CONTAINERS_MISSING_IMAGE_VALUE_DIGEST', 'KYVERNO-other/require-image-checksum'],
      reason: 'Images use the chart\'s release tags so that the install equals the chart\'s. Set image.digest per component to pin the content.',
      objects: workloads,
    },
    {
      ruleIds: ['KUBESCORE-container-image-pull-policy', 'POLARIS-pullPolicyNotAlways'],
      reason: 'cert-manager release tags are never rewritten, so IfNotPresent runs the same content as Always without a registry call at every start.',
      objects: workloads,
    },
    {
      ruleIds: ['DATREE-EKS_INVALID_CPU_LIMIT', 'KYVERNO-other/forbid-cpu-limits', 'LEARNK8S-LK8S-RESOURCES-3'],
      reason: 'CPU limits equal the requests to give the pods the Guaranteed QoS class that other packs require, so the kubelet evicts them last. Raise both together if a component is throttled.',
      objects: workloads,
    },
    {
      ruleIds: ['DATREE-EKS_INVALID_VALUE_DONOOTSCHEDULE'],
      reason: 'The hostname spread is hard on purpose: every node has a hostname label, so it never leaves pods pending for a missing label. The zone spread is soft.',
      objects: workloads,
    },
    {
      ruleIds: ['BSI-APP.4.4.A14', 'BSI-APP.4.4.A15', 'CM-BP-DEDICATED-NODES'],
      reason: 'Node pools differ per cluster. Set nodeSelector and tolerations per component to keep cert-manager on dedicated nodes.',
      objects: workloads,
    },
    {
      ruleIds: ['KYVERNO-other/restrict-node-selection'],
      reason: 'The kubernetes.io/os: linux selector comes from the chart, and cert-manager images exist for Linux only.',
      objects: workloads,
    },
    {
      ruleIds: [
        'DATREE-DEPLOYMENT_MISSING_LABEL_ENV_VALUE', 'DATREE-WORKLOAD_MISSING_LABEL_OWNER_VALUE', 'LEARNK8S-LK8S-LABELS-1',
        'LEARNK8S-LK8S-METADATA-2', 'POLARIS-metadataAndInstanceMismatched',
      ],
      reason: 'Labels equal the Helm chart\'s, whose selectors name the release in app.kubernetes.io/instance, so that a live release can be taken over. Add owner, env or part-of labels with global.commonLabels.',
      objects: [],
    },
    {
      ruleIds: ['KYVERNO-other/disable-service-discovery'],
      reason: 'cert-manager resolves in-cluster Services, such as a Vault or an ACME server in the cluster, through cluster DNS.',
      objects: workloads,
    },
    {
      ruleIds: ['KYVERNO-other/check-hpa-exists', 'LEARNK8S-LK8S-SCALEMODEL-1', 'LEARNK8S-LK8S-SCALING-2'],
      reason: 'Leader election lets one controller and one cainjector replica work at a time, so more replicas add no throughput, and three webhook replicas carry its admission load.',
      objects: workloads,
    },
    {
      ruleIds: ['DATREE-CONTAINERS_MISSING_PRESTOP_KEY', 'LEARNK8S-LK8S-SHUTDOWN-2'],
      reason: 'cert-manager stops on SIGTERM and releases its leader lease, and its distroless images have no shell for a sleep hook.',
      objects: workloads,
    },
    {
      ruleIds: ['LEARNK8S-LK8S-ROLLOUT-1'],
      reason: 'The chart sets strategy and revisionHistoryLimit through values but not minReadySeconds or progressDeadlineSeconds, so Kubernetes\' defaults apply to those.',
      objects: workloads,
    },
    {
      ruleIds: ['LEARNK8S-LK8S-VISIBILITY-1'],
      reason: 'Metrics are announced through prometheus.io annotations. Turn on prometheus.servicemonitor where Prometheus Operator runs.',
      objects: workloads,
    },
    {
      ruleIds: ['KYVERNO-other/restrict-jobs'],
      reason: 'startupapicheck is a one-off check, after install, that the cert-manager API answers.',
      objects: [{ kind: 'Job', name: ctx.startupapicheckFullname }],
    },
  ];

  return groups.flatMap((group) => group.ruleIds.map((ruleId) => ({
    ruleId,
    reason: group.reason,
    ...(group.objects.length > 0 ? { objects: group.objects } : {}),
  })));
}
