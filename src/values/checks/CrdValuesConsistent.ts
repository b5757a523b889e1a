import { isTruthy, valueAt } from '../describe';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects the deprecated `installCRDs` together with `crds.enabled` or with `crds.keep: false`.
 * The chart v1.21.1 defines a check for both pairs but never calls it, so it renders them.
 */
export function crdValuesConsistent(context: CheckContext): ValuesFinding[] {
  const values = context.values;
  if (!isTruthy(values.installCRDs)) {
    return [];
  }
  const findings: ValuesFinding[] = [];
  if (isTruthy(valueAt(values, 'crds.enabled'))) {
    findings.push({
      level: 'error',
      path: 'installCRDs',
      message: '`installCRDs` is true and `crds.enabled` is true as well. `installCRDs` is the deprecated form of `crds.enabled: true` '
        + 'with `crds.keep: true`, and the chart does not allow both. Remove `installCRDs` and keep `crds.enabled` and `crds.keep`.',
    });
  }
  if (!isTruthy(valueAt(values, 'crds.keep'))) {
    findings.push({
      level: 'error',
      path: 'crds.keep',
      message: '`installCRDs` is true and `crds.keep` is false. `installCRDs` promises to keep the CRDs when the release is uninstalled, '
        + 'but the chart follows `crds.keep` and drops the `helm.sh/resource-policy: keep` annotation, so uninstalling deletes the CRDs '
        + 'and every Certificate and Issuer with them. Replace `installCRDs` with `crds.enabled: true` and set `crds.keep` to what you want.',
    });
  }
  return findings;
}
