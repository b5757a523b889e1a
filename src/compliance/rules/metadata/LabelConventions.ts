import { POD_KINDS } from '../manifest-helpers';
import { requiredLabels } from './RequiredLabels';

/** The recommended `app.kubernetes.io/*` labels that describe what an object is part of. */
export const RECOMMENDED_LABEL_KEYS = [
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/version',
  'app.kubernetes.io/component',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/managed-by',
];

/** Objects and pod templates carry all six recommended `app.kubernetes.io/*` labels. */
export const RecommendedLabelsPresent = requiredLabels({
  name: 'RecommendedLabelsPresent',
  title: 'Objects carry the recommended app.kubernetes.io labels',
  rationale: 'Shared labels let tools and people select every object of one application, version and component.',
  keys: RECOMMENDED_LABEL_KEYS,
  kinds: [],
  onObject: true,
  onPods: true,
});

/** Pods carry `app.kubernetes.io/name`. */
export const PodNameLabelPresent = requiredLabels({
  name: 'PodNameLabelPresent',
  title: 'Pods carry the app.kubernetes.io/name label',
  rationale: 'The name label identifies the application of a pod for selectors, dashboards and policies.',
  keys: ['app.kubernetes.io/name'],
  kinds: POD_KINDS,
  onObject: false,
  onPods: true,
});

/** Workloads carry an `owner` label. */
export const WorkloadOwnerLabelPresent = requiredLabels({
  name: 'WorkloadOwnerLabelPresent',
  title: 'Workloads carry an owner label',
  rationale: 'An owner label tells operators which team to contact about a workload.',
  keys: ['owner'],
  kinds: POD_KINDS,
  onObject: true,
  onPods: false,
});

/** Deployments carry an `env` label. */
export const DeploymentEnvLabelPresent = requiredLabels({
  name: 'DeploymentEnvLabelPresent',
  title: 'Deployments carry an env label',
  rationale: 'An environment label lets operators select and act on the Deployments of one stage.',
  keys: ['env'],
  kinds: ['Deployment'],
  onObject: true,
  onPods: false,
});
