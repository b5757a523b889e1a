import { PodSpecDisablesTokenAutomount } from './PodSpecDisablesTokenAutomount';
import { ServiceAccountTokenNotAutomounted } from './ServiceAccountTokenNotAutomounted';
import { allOf } from '../../private/combine';

/** Pod specs and ServiceAccounts both set `automountServiceAccountToken: false`. */
export const TokenAutomountOffEverywhere = allOf({
  name: 'TokenAutomountOffEverywhere',
  title: 'Pods and ServiceAccounts turn token automounting off',
  rationale: 'A token mounted into a pod that never calls the API only helps an attacker who gets into the pod.',
  fix: 'Set automountServiceAccountToken: false on every ServiceAccount and pod spec; mount a projected token where the pod calls the API.',
  checks: [PodSpecDisablesTokenAutomount, ServiceAccountTokenNotAutomounted],
});
