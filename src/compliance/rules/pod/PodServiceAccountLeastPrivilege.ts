import { PodNotDefaultServiceAccount } from './PodNotDefaultServiceAccount';
import { PodServiceAccountTokenNotAutomounted } from './PodServiceAccountTokenNotAutomounted';
import { allOf } from '../../private/combine';
import { RbacNoDefaultServiceAccountBinding } from '../rbac/RbacNoDefaultServiceAccountBinding';

/**
 * Pods run as dedicated ServiceAccounts without automatically mounted tokens.
 */
export const PodServiceAccountLeastPrivilege = allOf({
  name: 'PodServiceAccountLeastPrivilege',
  title: 'Pods run as dedicated ServiceAccounts without automatically mounted tokens, and default ServiceAccounts hold no rights.',
  rationale: 'A dedicated ServiceAccount limits rights to one workload. Turning off automounting keeps its token out of containers that do not call the API.',
  fix: 'Set `serviceAccountName` to a dedicated ServiceAccount and `automountServiceAccountToken: false` on the pod, and bind no role to `default`.',
  checks: [PodNotDefaultServiceAccount, PodServiceAccountTokenNotAutomounted, RbacNoDefaultServiceAccountBinding],
});
