import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf } from '../manifest-helpers';

const FIELDS = ['runAsNonRoot', 'runAsUser', 'runAsGroup', 'fsGroup'];

/** The pod security context sets `runAsNonRoot`, `runAsUser`, `runAsGroup` and `fsGroup`. */
export const PodSecurityContextDefaultsSet: Check = {
  name: 'PodSecurityContextDefaultsSet',
  title: 'Pod security contexts set user, group and fsGroup',
  rationale: 'Pod-level defaults apply to every container, so no container falls back to the image\'s user or root group.',
  fix: 'Set spec.securityContext.runAsNonRoot, runAsUser, runAsGroup and fsGroup.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const missing = FIELDS.filter((field) => pod.spec.securityContext?.[field] === undefined);
    if (missing.length === 0) return 'pass';
    return [{ fieldPath: `${pod.specPath}.securityContext`, message: `The pod security context does not set ${missing.join(', ')}. Set them.` }];
  },
};
