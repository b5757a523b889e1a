import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';

const SYSTEM_GROUPS = ['system:anonymous', 'system:unauthenticated', 'system:masters'];

/** No binding names `system:anonymous`, `system:unauthenticated` or `system:masters` as a subject. */
export const BindingNoSystemGroups: Check = {
  name: 'BindingNoSystemGroups',
  title: 'Bindings grant nothing to anonymous, unauthenticated or system:masters subjects',
  rationale: 'Anonymous and unauthenticated bindings open the API to anyone who can reach it; system:masters bypasses RBAC and needs no binding.',
  fix: 'Remove those subjects from the binding.',
  kinds: ['RoleBinding', 'ClusterRoleBinding'],
  check(object: ManifestObject): RuleResult {
    return resultOf((object.manifest.subjects ?? []).flatMap((subject: any, index: number) => (SYSTEM_GROUPS.includes(subject?.name)
      ? [{ fieldPath: `subjects[${index}].name`, message: `The binding grants its role to ${subject.name}. Remove that subject.` }]
      : [])));
  },
};
