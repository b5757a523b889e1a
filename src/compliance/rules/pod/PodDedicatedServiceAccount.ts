import { PodNotDefaultServiceAccount } from './PodNotDefaultServiceAccount';
import { allOf } from '../../private/combine';
import { RbacNoDefaultServiceAccountBinding } from '../rbac/RbacNoDefaultServiceAccountBinding';

/**
 * Pods run as dedicated ServiceAccounts and no binding grants rights to `default`.
 */
export const PodDedicatedServiceAccount = allOf({
  name: 'PodDedicatedServiceAccount',
  title: 'Pods run as dedicated ServiceAccounts, and no binding grants rights to a default ServiceAccount.',
  rationale: 'The default ServiceAccount is shared by every Pod of a namespace that names none, so its rights spread to all of them.',
  fix: 'Give each workload its own ServiceAccount via `serviceAccountName`, and bind roles only to those.',
  checks: [PodNotDefaultServiceAccount, RbacNoDefaultServiceAccountBinding],
});
