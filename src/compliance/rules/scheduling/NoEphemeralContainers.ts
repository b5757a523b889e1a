import { Check, ManifestObject, RuleResult } from '../../rule';
import { podSpecOf } from '../manifest-helpers';

/** Pods declare no ephemeral debug containers. */
export const NoEphemeralContainers: Check = {
  name: 'NoEphemeralContainers',
  title: 'Pods have no ephemeral containers',
  rationale: 'Ephemeral containers run arbitrary images inside a running pod and bypass the review of its spec.',
  fix: 'Remove spec.ephemeralContainers.',
  kinds: ['Pod'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const list = pod.spec.ephemeralContainers;
    if (!Array.isArray(list) || list.length === 0) return 'pass';
    return [{ fieldPath: `${pod.specPath}.ephemeralContainers`, message: `The Pod declares ${list.length} ephemeral container(s). Remove spec.ephemeralContainers.` }];
  },
};
