import { ServiceAccountTokenNotAutomounted } from './ServiceAccountTokenNotAutomounted';
import { allOf } from '../../private/combine';
import { PodServiceAccountTokenNotAutomounted } from '../pod/PodServiceAccountTokenNotAutomounted';

/**
 * Neither Pods nor ServiceAccounts mount tokens automatically.
 */
export const TokenAutomountDisabled = allOf({
  name: 'TokenAutomountDisabled',
  title: 'Pods and ServiceAccounts both turn off automatic token mounting.',
  rationale: 'Turning automounting off on both the ServiceAccount and the Pod keeps a token out of every container that does not ask for it explicitly, even when one of the two settings is later changed.',
  fix: 'Set `automountServiceAccountToken: false` on every ServiceAccount and every pod spec.',
  checks: [PodServiceAccountTokenNotAutomounted, ServiceAccountTokenNotAutomounted],
});
