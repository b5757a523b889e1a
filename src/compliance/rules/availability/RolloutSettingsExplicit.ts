import { Check, ManifestObject, RuleResult } from '../../rule';

const FIELDS: Array<[string, (spec: any) => unknown]> = [
  ['spec.strategy.rollingUpdate.maxUnavailable', (spec) => spec.strategy?.rollingUpdate?.maxUnavailable],
  ['spec.strategy.rollingUpdate.maxSurge', (spec) => spec.strategy?.rollingUpdate?.maxSurge],
  ['spec.minReadySeconds', (spec) => spec.minReadySeconds],
  ['spec.progressDeadlineSeconds', (spec) => spec.progressDeadlineSeconds],
  ['spec.revisionHistoryLimit', (spec) => spec.revisionHistoryLimit],
];

/** Deployments state their rollout settings instead of inheriting the defaults. */
export const RolloutSettingsExplicit: Check = {
  name: 'RolloutSettingsExplicit',
  title: 'Deployment rollout settings are explicit',
  rationale: 'The defaults (25% surge and unavailability, no ready delay, ten kept revisions) rarely match what the service needs during a rollout.',
  fix: 'Set the rolling update maxUnavailable and maxSurge, minReadySeconds, progressDeadlineSeconds and revisionHistoryLimit.',
  kinds: ['Deployment'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    if (spec.strategy?.type === 'Recreate') {
      const missing = FIELDS.slice(2).filter(([, read]) => read(spec) === undefined).map(([path]) => path);
      return missing.length === 0 ? 'pass' : [{ fieldPath: 'spec', message: `Rollout settings ${missing.join(', ')} are unset. Set them explicitly.` }];
    }
    const missing = FIELDS.filter(([, read]) => read(spec) === undefined).map(([path]) => path);
    if (missing.length === 0) return 'pass';
    return [{ fieldPath: 'spec', message: `Rollout settings ${missing.join(', ')} are unset. Set them explicitly.` }];
  },
};
