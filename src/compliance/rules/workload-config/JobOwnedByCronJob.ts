import { Check, ManifestObject, RuleResult } from '../../rule';

/** Jobs are created by CronJobs, not written directly. */
export const JobOwnedByCronJob: Check = {
  name: 'JobOwnedByCronJob',
  title: 'Jobs are created only by CronJobs',
  rationale: 'Restricting Jobs to CronJobs keeps one-off workloads from bypassing the reviewed schedules.',
  fix: 'Define a CronJob instead of a Job, or suppress the finding with the reason for the one-off Job.',
  kinds: ['Job'],
  check(object: ManifestObject): RuleResult {
    const owner = object.manifest.metadata?.ownerReferences?.[0];
    if (owner?.kind === 'CronJob') return 'pass';
    return [{ fieldPath: 'metadata.ownerReferences', message: 'The Job is not owned by a CronJob. Define it as a CronJob, or suppress the finding with the reason for the one-off Job.' }];
  },
};
