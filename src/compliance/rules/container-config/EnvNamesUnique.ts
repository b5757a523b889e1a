import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** No container defines the same environment variable twice. */
export const EnvNamesUnique: Check = {
  name: 'EnvNamesUnique',
  title: 'Environment variables are defined once',
  rationale: 'When a name appears twice the last entry wins silently, and tools that merge manifests may pick a different one.',
  fix: 'Remove the duplicate env entry.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const seen = new Set<string>();
      const duplicates: Array<{ name: string; index: number }> = [];
      (location.container.env ?? []).forEach((variable: any, index: number) => {
        if (seen.has(variable?.name)) duplicates.push({ name: variable.name, index });
        seen.add(variable?.name);
      });
      return duplicates.map(({ name, index }) => ({ fieldPath: `${location.path}.env[${index}]`, message: `${containerName(location)} defines ${name} more than once. Remove the duplicate.` }));
    });
  },
};
