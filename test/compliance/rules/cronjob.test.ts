import { CronJobConcurrencyForbidden } from '../../../src/compliance/rules/cronjob/CronJobConcurrencyForbidden';
import { CronJobRestartPolicyValid } from '../../../src/compliance/rules/cronjob/CronJobRestartPolicyValid';
import { cronScheduleProblem, CronJobScheduleValid } from '../../../src/compliance/rules/cronjob/CronJobScheduleValid';
import { CronJobStartingDeadline } from '../../../src/compliance/rules/cronjob/CronJobStartingDeadline';
import { ContainerCountLimit } from '../../../src/compliance/rules/workload-config/ContainerCountLimit';
import { JobOwnedByCronJob } from '../../../src/compliance/rules/workload-config/JobOwnedByCronJob';
import { NoBarePods } from '../../../src/compliance/rules/workload-config/NoBarePods';
import { RestartPolicyAlwaysForControllers } from '../../../src/compliance/rules/workload-config/RestartPolicyAlwaysForControllers';
import { deployment, hardenedContainer, hardenedPodSpec } from '../manifests';
import { Case, configMap, outcomeOf, withPod } from './outcome';

function cronJob(spec: Record<string, any> = {}, podSpec: Record<string, any> = { restartPolicy: 'OnFailure' }): Record<string, any> {
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'nightly', namespace: 'apps' },
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: { spec: { template: { spec: hardenedPodSpec(podSpec) } } },
      ...spec,
    },
  };
}

function job(ownerReferences?: any[]): Record<string, any> {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'once', namespace: 'apps', ...(ownerReferences ? { ownerReferences } : {}) },
    spec: { template: { spec: hardenedPodSpec({ restartPolicy: 'Never' }) } },
  };
}

function pod(ownerReferences?: any[]): Record<string, any> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'apps', ...(ownerReferences ? { ownerReferences } : {}) }, spec: hardenedPodSpec() };
}

const OWNER = { apiVersion: 'batch/v1', kind: 'CronJob', name: 'nightly', uid: '1', controller: true };

const CASES: Case[] = [
  ['schedule passes on five fields', CronJobScheduleValid, [cronJob()], 'pass'],
  ['schedule passes on a macro', CronJobScheduleValid, [cronJob({ schedule: '@daily' })], 'pass'],
  ['schedule fails on an hour of 24', CronJobScheduleValid, [cronJob({ schedule: '0 24 * * *' })], 'fail'],
  ['schedule fails on six fields', CronJobScheduleValid, [cronJob({ schedule: '0 0 3 * * *' })], 'fail'],
  ['schedule skips deployments', CronJobScheduleValid, [deployment()], 'not-applicable'],
  ['deadline passes when set', CronJobStartingDeadline, [cronJob({ startingDeadlineSeconds: 300 })], 'pass'],
  ['deadline fails when missing', CronJobStartingDeadline, [cronJob()], 'fail'],
  ['concurrency passes on Forbid', CronJobConcurrencyForbidden, [cronJob({ concurrencyPolicy: 'Forbid' })], 'pass'],
  ['concurrency fails on Allow', CronJobConcurrencyForbidden, [cronJob({ concurrencyPolicy: 'Allow' })], 'fail'],
  ['concurrency fails when unset', CronJobConcurrencyForbidden, [cronJob()], 'fail'],
  ['cron restart policy passes on OnFailure', CronJobRestartPolicyValid, [cronJob()], 'pass'],
  ['cron restart policy fails when unset', CronJobRestartPolicyValid, [cronJob({}, {})], 'fail'],
  ['controller restart policy passes when unset', RestartPolicyAlwaysForControllers, [deployment()], 'pass'],
  ['controller restart policy fails on Never', RestartPolicyAlwaysForControllers, [withPod({ restartPolicy: 'Never' })], 'fail'],
  ['controller restart policy skips jobs', RestartPolicyAlwaysForControllers, [job()], 'not-applicable'],
  ['bare pods fail', NoBarePods, [pod()], 'fail'],
  ['owned pods pass', NoBarePods, [pod([OWNER])], 'pass'],
  ['bare pod check skips deployments', NoBarePods, [deployment()], 'not-applicable'],
  ['jobs owned by a cronjob pass', JobOwnedByCronJob, [job([OWNER])], 'pass'],
  ['jobs written directly fail', JobOwnedByCronJob, [job()], 'fail'],
  ['four containers pass', ContainerCountLimit, [withPod({ containers: [1, 2, 3, 4].map((n) => hardenedContainer({ name: `c${n}` })) })], 'pass'],
  ['five containers fail', ContainerCountLimit, [withPod({ containers: [1, 2, 3, 4, 5].map((n) => hardenedContainer({ name: `c${n}` })) })], 'fail'],
  ['container count skips configmaps', ContainerCountLimit, [configMap()], 'not-applicable'],
];

describe('CronJob and workload shape checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test.each([
    ['*/15 * * * *', undefined],
    ['0 9-17 * * mon-fri', undefined],
    ['@every 1h', undefined],
    ['CRON_TZ=Europe/Berlin 0 3 * * *', 'Kubernetes 1.29 and later reject a time zone inside spec.schedule; set spec.timeZone instead'],
    ['0 3 * * 7', 'the day of week field "7" is out of range or malformed'],
    ['5-1 * * * *', 'the minute field "5-1" is out of range or malformed'],
    ['@fortnightly', '"@fortnightly" is not a known macro'],
  ])('schedule %s gives %p', (schedule, problem) => {
    expect(cronScheduleProblem(schedule)).toBe(problem);
  });
});
