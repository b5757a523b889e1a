import { PodNotDefaultServiceAccount } from './PodNotDefaultServiceAccount';
import { allOf } from '../../private/combine';
import { RbacNoDefaultServiceAccountBinding } from '../rbac/RbacNoDefaultServiceAccountBinding';
import { DefaultServiceAccountTokenNotAutomounted } from '../serviceaccount/DefaultServiceAccountTokenNotAutomounted';

/**
 * Pods run as dedicated ServiceAccounts, no binding grants rights to `default`, and a `default`
 * ServiceAccount in the app does not mount its token automatically.
 */
export const PodDedicatedServiceAccount = allOf({
  name: 'PodDedicatedServiceAccount',
  title: 'Pods run as dedicated ServiceAccounts, no binding grants rights to a default ServiceAccount, and default ServiceAccounts do not automount tokens.',
  rationale: 'The default ServiceAccount is shared by every Pod of a namespace that names none, so its rights spread to all of them.',
  fix: 'Give each workload its own ServiceAccount via `serviceAccountName`, bind roles only to those, and set `automountServiceAccountToken: false` on `default`.',
  checks: [PodNotDefaultServiceAccount, RbacNoDefaultServiceAccountBinding, DefaultServiceAccountTokenNotAutomounted],
});
