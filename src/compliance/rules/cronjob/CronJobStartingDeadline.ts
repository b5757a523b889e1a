import { Check, ManifestObject, RuleResult } from '../../rule';

/** CronJobs set `spec.startingDeadlineSeconds`. */
export const CronJobStartingDeadline: Check = {
  name: 'CronJobStartingDeadline',
  title: 'CronJobs set a starting deadline',
  rationale: 'Without a deadline the controller counts every missed run since the last one, and after 100 misses it stops scheduling the CronJob.',
  fix: 'Set spec.startingDeadlineSeconds to how late a run may still start.',
  kinds: ['CronJob'],
  check(object: ManifestObject): RuleResult {
    if (typeof object.manifest.spec?.startingDeadlineSeconds === 'number') return 'pass';
    return [{ fieldPath: 'spec.startingDeadlineSeconds', message: 'The CronJob sets no startingDeadlineSeconds. Set it to how many seconds late a run may still start.' }];
  },
};
