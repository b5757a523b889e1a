import { Check, ManifestObject, RuleResult } from '../../rule';

/** CronJob pod templates set `restartPolicy` to OnFailure or Never. */
export const CronJobRestartPolicyValid: Check = {
  name: 'CronJobRestartPolicyValid',
  title: 'CronJobs set a valid restart policy',
  rationale: 'Job pods must use OnFailure or Never; stating it makes the retry behaviour explicit.',
  fix: 'Set spec.jobTemplate.spec.template.spec.restartPolicy to OnFailure or Never.',
  kinds: ['CronJob'],
  check(object: ManifestObject): RuleResult {
    const policy = object.manifest.spec?.jobTemplate?.spec?.template?.spec?.restartPolicy;
    if (policy === 'OnFailure' || policy === 'Never') return 'pass';
    return [{
      fieldPath: 'spec.jobTemplate.spec.template.spec.restartPolicy',
      message: `restartPolicy is ${policy === undefined ? 'unset' : `"${policy}"`}. Set it to OnFailure or Never.`,
    }];
  },
};
