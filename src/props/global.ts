import { Duration } from 'cdk8s';
import type { k8s } from 'cdk8s-plus-28';

/**
 * Leader election of the controller and the cainjector.
 *
 * @see https://cert-manager.io/docs/installation/best-practice/
 */
export interface LeaderElectionProps {
  /**
   * Namespace of the leader election Leases and of the Roles that grant access to them.
   *
   * Helm value `global.leaderElection.namespace`; the chart's default is `kube-system`.
   *
   * @default 'kube-system'
   */
  readonly namespace?: string;

  /**
   * How long a candidate that is not the leader waits after the last renewal before it tries to
   * take over. Must be longer than `renewDeadline`.
   *
   * Helm value `global.leaderElection.leaseDuration`; the chart leaves it unset.
   *
   * @default - cert-manager's default of 60 seconds
   */
  readonly leaseDuration?: Duration;

  /**
   * How long the leader keeps retrying to renew before it gives up leadership. Must be longer
   * than 1.2 times `retryPeriod`.
   *
   * Helm value `global.leaderElection.renewDeadline`; the chart leaves it unset.
   *
   * @default - cert-manager's default of 40 seconds
   */
  readonly renewDeadline?: Duration;

  /**
   * How long candidates wait between two attempts to acquire or renew leadership.
   *
   * Helm value `global.leaderElection.retryPeriod`; the chart leaves it unset.
   *
   * @default - cert-manager's default of 15 seconds
   */
  readonly retryPeriod?: Duration;
}

/**
 * Creation of the RBAC objects.
 */
export interface RbacProps {
  /**
   * Whether the chart creates the Roles, ClusterRoles and their bindings.
   *
   * Helm value `global.rbac.create`; the chart's default is `true`.
   *
   * @default true
   */
  readonly create?: boolean;

  /**
   * Whether the chart's ClusterRoles for cert-manager resources are aggregated into the built-in
   * `admin`, `edit` and `view` roles.
   *
   * Helm value `global.rbac.aggregateClusterRoles`; the chart's default is `true`.
   *
   * @default true
   */
  readonly aggregateClusterRoles?: boolean;
}

/**
 * Settings that apply to every component. Helm values `global.*`.
 *
 * `global.podSecurityPolicy.enabled` and `global.podSecurityPolicy.useAppArmor` have no props,
 * because PodSecurityPolicy was removed in Kubernetes 1.25 and the library targets 1.28 and later.
 */
export interface GlobalProps {
  /**
   * Labels on every object, also passed to the ACME HTTP-01 solver's objects.
   *
   * Helm value `global.commonLabels`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly commonLabels?: { [key: string]: string };

  /**
   * `hostUsers` of every pod; false runs the pods in a user namespace.
   *
   * Helm value `global.hostUsers`; the chart leaves it unset.
   *
   * @default - Kubernetes applies true
   */
  readonly hostUsers?: boolean;

  /**
   * Image pull secrets, set on the ServiceAccounts, or on the pods of components whose
   * ServiceAccount the chart does not create.
   *
   * Helm value `global.imagePullSecrets`; the chart's default is `[]`.
   *
   * @default - none
   */
  readonly imagePullSecrets?: k8s.LocalObjectReference[];

  /**
   * Leader election of the controller and the cainjector.
   *
   * Helm values `global.leaderElection.*`.
   *
   * @default - Leases in kube-system with cert-manager's timings
   */
  readonly leaderElection?: LeaderElectionProps;

  /**
   * Log verbosity of the controller, webhook and cainjector, passed with `--v`. The chart
   * documents 0 to 6; higher numbers log more.
   *
   * Helm value `global.logLevel`; the chart's default is 2.
   *
   * @default 2
   */
  readonly logLevel?: number;

  /**
   * `nodeSelector` merged into every component's pods. Its keys win over those of the
   * component's own `nodeSelector`.
   *
   * Helm value `global.nodeSelector`; the chart's default is `{}`.
   *
   * @default - none
   */
  readonly nodeSelector?: { [key: string]: string };

  /**
   * `priorityClassName` of every pod.
   *
   * Helm value `global.priorityClassName`; the chart's default is `''`.
   *
   * @default - the hardened install sets 'system-cluster-critical'; the chart's default is none
   */
  readonly priorityClassName?: string;

  /**
   * Creation of the RBAC objects.
   *
   * Helm values `global.rbac.*`.
   *
   * @default - created and aggregated
   */
  readonly rbac?: RbacProps;

  /**
   * `revisionHistoryLimit` of every Deployment.
   *
   * Helm value `global.revisionHistoryLimit`; the chart leaves it unset.
   *
   * @default - Kubernetes applies 10
   */
  readonly revisionHistoryLimit?: number;

  /**
   * `runtimeClassName` of the component pods that set none of their own.
   *
   * Helm value `global.runtimeClassName`; the chart's default is `''`.
   *
   * @default - the cluster's default runtime
   */
  readonly runtimeClassName?: string;
}
