import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';

/** Sysctl values contain no `+` or `=` (CVE-2022-0811). */
export const SysctlValuesPlain: Check = {
  name: 'SysctlValuesPlain',
  title: 'Sysctl values contain no "+" or "="',
  rationale: 'CRI-O 1.19 to 1.23 split sysctl values on "+" and "=", which let a pod set arbitrary kernel parameters on the node (CVE-2022-0811).',
  fix: 'Remove "+" and "=" from spec.securityContext.sysctls[].value.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    return resultOf((pod.spec.securityContext?.sysctls ?? []).flatMap((sysctl: any, index: number) => (/[+=]/.test(String(sysctl?.value ?? ''))
      ? [{ fieldPath: `${pod.specPath}.securityContext.sysctls[${index}].value`, message: `Sysctl ${sysctl.name} has the value "${sysctl.value}", which contains "+" or "=". Remove them.` }]
      : [])));
  },
};
