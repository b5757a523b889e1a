import { Check, ManifestObject, RuleResult } from '../../rule';
import { autoscalersTargeting } from '../availability/availability-helpers';

/** A Deployment that an HPA scales leaves `spec.replicas` unset. */
export const NoReplicasWhenAutoscaled: Check = {
  name: 'NoReplicasWhenAutoscaled',
  title: 'Autoscaled Deployments leave replicas unset',
  rationale: 'Each apply resets spec.replicas to the manifest value and undoes the autoscaler\'s work.',
  fix: 'Remove spec.replicas from Deployments that a HorizontalPodAutoscaler targets.',
  kinds: ['Deployment'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    if (autoscalersTargeting(object, all).length === 0) return 'not-applicable';
    if (object.manifest.spec?.replicas === undefined) return 'pass';
    return [{ fieldPath: 'spec.replicas', message: `spec.replicas is ${object.manifest.spec.replicas} although a HorizontalPodAutoscaler scales the Deployment. Remove spec.replicas.` }];
  },
};
