import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { resultOf } from '../manifest-helpers';

/** HPAs set `minReplicas`, `maxReplicas` and a scale-down stabilization window. */
export const HpaScalingBoundsExplicit: Check = {
  name: 'HpaScalingBoundsExplicit',
  title: 'Autoscaler bounds and scale-down behaviour are explicit',
  rationale: 'Explicit bounds and a scale-down window keep the autoscaler from flapping or shrinking below what the service needs.',
  fix: 'Set spec.minReplicas, spec.maxReplicas and spec.behavior.scaleDown.stabilizationWindowSeconds.',
  kinds: ['HorizontalPodAutoscaler'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    const violations: RuleViolation[] = [];
    for (const field of ['minReplicas', 'maxReplicas']) {
      if (typeof spec[field] !== 'number') violations.push({ fieldPath: `spec.${field}`, message: `spec.${field} is unset. Set it explicitly.` });
    }
    if (typeof spec.behavior?.scaleDown?.stabilizationWindowSeconds !== 'number') {
      violations.push({
        fieldPath: 'spec.behavior.scaleDown.stabilizationWindowSeconds',
        message: 'The scale-down stabilization window is unset. Set spec.behavior.scaleDown.stabilizationWindowSeconds.',
      });
    }
    return resultOf(violations);
  },
};
