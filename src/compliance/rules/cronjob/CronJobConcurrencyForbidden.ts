import { Check, ManifestObject, RuleResult } from '../../rule';

/** CronJobs set `concurrencyPolicy` to Forbid or Replace. */
export const CronJobConcurrencyForbidden: Check = {
  name: 'CronJobConcurrencyForbidden',
  title: 'CronJob runs do not overlap',
  rationale: 'The default policy Allow starts a new run while the last one is still going, which can race on shared state.',
  fix: 'Set spec.concurrencyPolicy to Forbid or Replace.',
  kinds: ['CronJob'],
  check(object: ManifestObject): RuleResult {
    const policy = object.manifest.spec?.concurrencyPolicy;
    if (policy === 'Forbid' || policy === 'Replace') return 'pass';
    return [{
      fieldPath: 'spec.concurrencyPolicy',
      message: `concurrencyPolicy is ${policy === undefined ? 'unset, which means Allow' : `"${policy}"`}. Set it to Forbid or Replace.`,
    }];
  },
};
