import { Check, ManifestObject, RuleResult } from '../../rule';

/** The app defines no Pods directly, only through controllers. */
export const NoBarePods: Check = {
  name: 'NoBarePods',
  title: 'No bare Pods',
  rationale: 'A Pod without a controller is not replaced when its node fails or it is evicted.',
  fix: 'Run the pod through a Deployment, StatefulSet, DaemonSet or Job.',
  kinds: ['Pod'],
  check(object: ManifestObject): RuleResult {
    const owners = object.manifest.metadata?.ownerReferences;
    if (Array.isArray(owners) && owners.some((owner) => owner?.controller === true)) return 'pass';
    return [{ fieldPath: 'kind', message: 'The Pod has no controller, so nothing recreates it after a node failure. Wrap it in a Deployment, StatefulSet, DaemonSet or Job.' }];
  },
};
