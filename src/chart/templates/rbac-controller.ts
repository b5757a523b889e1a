import { ChartContext, Manifest, truthy } from '../context';
import { plainScalar } from './extra-objects';
import { bindingObject, policyRule, PolicyRule, quotedItem, roleObject } from './rbac-objects';

const CERT_MANAGER = 'cert-manager.io';
const ACME = 'acme.cert-manager.io';
const CORE = '';
const READ = ['get', 'list', 'watch'];

/** Rules of the controller's per-controller ClusterRoles, keyed by the name suffix after `-controller-`. */
const CONTROLLER_CLUSTER_ROLES: Record<string, PolicyRule[]> = {
  'issuers': [
    policyRule([CERT_MANAGER], ['issuers', 'issuers/status'], ['update', 'patch']),
    policyRule([CERT_MANAGER], ['issuers'], READ),
    policyRule([CORE], ['secrets'], ['get', 'list', 'watch', 'create', 'update', 'delete']),
    policyRule([CORE], ['events'], ['create', 'patch']),
  ],
  'clusterissuers': [
    policyRule([CERT_MANAGER], ['clusterissuers', 'clusterissuers/status'], ['update', 'patch']),
    policyRule([CERT_MANAGER], ['clusterissuers'], READ),
    policyRule([CORE], ['secrets'], ['get', 'list', 'watch', 'create', 'update', 'delete']),
    policyRule([CORE], ['events'], ['create', 'patch']),
  ],
  'certificates': [
    policyRule([CERT_MANAGER], ['certificates', 'certificates/status', 'certificaterequests', 'certificaterequests/status'], ['update', 'patch']),
    policyRule([CERT_MANAGER], ['certificates', 'certificaterequests', 'clusterissuers', 'issuers'], READ),
    // The finalizers rules serve clusters with the OwnerReferencesPermissionEnforcement admission plugin.
    policyRule([CERT_MANAGER], ['certificates/finalizers', 'certificaterequests/finalizers'], ['update']),
    policyRule([ACME], ['orders'], ['create', 'delete', 'get', 'list', 'watch']),
    policyRule([CORE], ['secrets'], ['get', 'list', 'watch', 'create', 'update', 'delete', 'patch']),
    policyRule([CORE], ['events'], ['create', 'patch']),
  ],
  'orders': [
    policyRule([ACME], ['orders', 'orders/status'], ['update', 'patch']),
    policyRule([ACME], ['orders', 'challenges'], READ),
    policyRule([CERT_MANAGER], ['clusterissuers', 'issuers'], READ),
    policyRule([ACME], ['challenges'], ['create', 'delete']),
    policyRule([ACME], ['orders/finalizers'], ['update']),
    policyRule([CERT_MANAGER], ['clusterissuers/finalizers', 'issuers/finalizers'], ['update']),
    policyRule([CORE], ['secrets'], READ),
    policyRule([CORE], ['events'], ['create', 'patch']),
  ],
  'challenges': [
    policyRule([ACME], ['challenges', 'challenges/status'], ['update', 'patch']),
    policyRule([ACME], ['challenges'], READ),
    policyRule([CERT_MANAGER], ['issuers', 'clusterissuers'], READ),
    // The ACME account private key, needed to complete challenges.
    policyRule([CORE], ['secrets'], READ),
    policyRule([CORE], ['events'], ['create', 'patch']),
    // HTTP-01 solver pods, Services, Ingresses and Gateway API HTTPRoutes.
    policyRule([CORE], ['pods', 'services'], ['get', 'list', 'watch', 'create', 'delete']),
    policyRule(['networking.k8s.io'], ['ingresses'], ['get', 'list', 'watch', 'create', 'delete', 'update']),
    policyRule(['gateway.networking.k8s.io'], ['httproutes'], ['get', 'list', 'watch', 'create', 'delete', 'update']),
    // OpenShift only admits Ingresses with a custom host from users who may create routes/custom-host.
    policyRule(['route.openshift.io'], ['routes/custom-host'], ['create']),
    policyRule([ACME], ['challenges/finalizers'], ['update']),
    // The chart repeats the secrets rule for DNS-01.
    policyRule([CORE], ['secrets'], READ),
  ],
  'ingress-shim': [
    policyRule([CERT_MANAGER], ['certificates', 'certificaterequests'], ['create', 'update', 'delete']),
    policyRule([CERT_MANAGER], ['certificates', 'certificaterequests', 'issuers', 'clusterissuers'], READ),
    policyRule(['networking.k8s.io'], ['ingresses'], READ),
    policyRule(['networking.k8s.io'], ['ingresses/finalizers'], ['update']),
    policyRule(['gateway.networking.k8s.io'], ['gateways', 'httproutes', 'listenersets'], READ),
    policyRule(['gateway.networking.k8s.io'], ['gateways/finalizers', 'httproutes/finalizers', 'listenersets/finalizers'], ['update']),
    policyRule([CORE], ['events'], ['create', 'patch']),
  ],
};

/**
 * Renders the controller's RBAC from `rbac.yaml`: the leader election Role and RoleBinding, the
 * per-controller ClusterRoles and bindings, the aggregated view and edit ClusterRoles, the
 * CertificateRequest approval role and the CertificateSigningRequest role. Nothing renders with
 * `global.rbac.create: false`.
 */
export function renderControllerRbac(ctx: ChartContext): Manifest[] {
  const values = ctx.values;
  if (!truthy(values.global?.rbac?.create)) {
    return [];
  }
  const controllerLabels = ctx.componentLabels(ctx.name, 'controller');
  const serviceAccount = ctx.serviceAccountName('controller');
  const namespace = ctx.namespace;
  const leaderElectionName = `${ctx.fullname}:leaderelection`;
  const leaderElectionNamespace = plainScalar(values.global?.leaderElection?.namespace, 'global.leaderElection.namespace');

  const objects: Manifest[] = [
    roleObject({ name: leaderElectionName, namespace: leaderElectionNamespace, labels: controllerLabels }, [
      policyRule(['coordination.k8s.io'], ['leases'], ['get', 'update', 'patch'], ['cert-manager-controller']),
      policyRule(['coordination.k8s.io'], ['leases'], ['create']),
    ]),
    bindingObject({ name: leaderElectionName, namespace: leaderElectionNamespace, labels: controllerLabels },
      leaderElectionName, serviceAccount, namespace),
  ];
  for (const [suffix, rules] of Object.entries(CONTROLLER_CLUSTER_ROLES)) {
    objects.push(roleObject({ name: `${ctx.fullname}-controller-${suffix}`, labels: controllerLabels }, rules));
  }
  for (const suffix of Object.keys(CONTROLLER_CLUSTER_ROLES)) {
    const name = `${ctx.fullname}-controller-${suffix}`;
    objects.push(bindingObject({ name, labels: controllerLabels }, name, serviceAccount, namespace));
  }
  objects.push(...renderUserFacingRoles(ctx));

  const approverLabels = ctx.componentLabels(ctx.name, 'cert-manager');
  if (!truthy(values.disableAutoApproval)) {
    const name = `${ctx.fullname}-controller-approve:cert-manager-io`;
    const signerNames = truthy(values.approveSignerNames)
      ? (values.approveSignerNames as unknown[]).map(quotedItem)
      : undefined;
    objects.push(roleObject({ name, labels: approverLabels }, [policyRule([CERT_MANAGER], ['signers'], ['approve'], signerNames)]));
    objects.push(bindingObject({ name, labels: approverLabels }, name, serviceAccount, namespace));
  }
  const csrName = `${ctx.fullname}-controller-certificatesigningrequests`;
  objects.push(roleObject({ name: csrName, labels: approverLabels }, [
    policyRule(['certificates.k8s.io'], ['certificatesigningrequests'], ['get', 'list', 'watch', 'update']),
    policyRule(['certificates.k8s.io'], ['certificatesigningrequests/status'], ['update', 'patch']),
    policyRule(['certificates.k8s.io'], ['signers'], ['sign'], ['issuers.cert-manager.io/*', 'clusterissuers.cert-manager.io/*']),
    policyRule(['authorization.k8s.io'], ['subjectaccessreviews'], ['create']),
  ]));
  objects.push(bindingObject({ name: csrName, labels: approverLabels }, csrName, serviceAccount, namespace));
  return objects;
}

/**
 * Builds the `-cluster-view`, `-view` and `-edit` ClusterRoles for users. With
 * `global.rbac.aggregateClusterRoles` they aggregate into Kubernetes' default roles, and the
 * `-cluster-view` role exists only then.
 */
function renderUserFacingRoles(ctx: ChartContext): Manifest[] {
  const aggregate = truthy(ctx.values.global?.rbac?.aggregateClusterRoles);
  const labels = ctx.componentLabels(ctx.name, 'controller');
  const aggregationLabels = (...roles: string[]) =>
    Object.fromEntries(roles.map((role) => [`rbac.authorization.k8s.io/aggregate-to-${role}`, 'true']));
  const objects: Manifest[] = [];
  if (aggregate) {
    objects.push(roleObject({ name: `${ctx.fullname}-cluster-view`, labels: { ...labels, ...aggregationLabels('cluster-reader') } }, [
      policyRule([CERT_MANAGER], ['clusterissuers'], READ),
    ]));
  }
  objects.push(roleObject({
    name: `${ctx.fullname}-view`,
    labels: aggregate ? { ...labels, ...aggregationLabels('view', 'edit', 'admin', 'cluster-reader') } : labels,
  }, [
    policyRule([CERT_MANAGER], ['certificates', 'certificaterequests', 'issuers'], READ),
    policyRule([ACME], ['challenges', 'orders'], READ),
  ]));
  objects.push(roleObject({
    name: `${ctx.fullname}-edit`,
    labels: aggregate ? { ...labels, ...aggregationLabels('edit', 'admin') } : labels,
  }, [
    policyRule([CERT_MANAGER], ['certificates', 'certificaterequests', 'issuers'], ['create', 'delete', 'deletecollection', 'patch', 'update']),
    policyRule([CERT_MANAGER], ['certificates/status'], ['update']),
    // Users may not create Challenges or create and change Orders: a Challenge's solver, or an
    // Order's issuer reference, chosen by the user would expose another issuer's credentials.
    // Challenges keep patch and update (their spec is immutable) so that users can remove stuck finalizers.
    policyRule([ACME], ['challenges'], ['delete', 'deletecollection', 'patch', 'update']),
    policyRule([ACME], ['orders'], ['delete', 'deletecollection']),
  ]));
  return objects;
}
