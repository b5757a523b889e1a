import { compareReleases, lifecycleOf } from './api-lifecycle';
import { Check, ManifestObject, RuleResult } from '../../rule';

function checkName(prefix: string, release: string): string {
  return `${prefix}${release.replace('.', '_')}`;
}

/**
 * Builds a check that the object's API version is not one that the given Kubernetes release
 * removed. The check fails only for versions removed in exactly that release, so that each
 * release's removals can be cited on their own.
 */
export function apiVersionNotRemovedIn(release: string): Check {
  return {
    name: checkName('ApiVersionNotRemovedIn', release),
    title: `No API versions that Kubernetes ${release} removed`,
    rationale: `Kubernetes ${release} no longer serves these API versions, so the API server rejects the objects.`,
    fix: 'Move the object to the API version that replaced it.',
    kinds: [],
    check(object: ManifestObject): RuleResult {
      const entry = lifecycleOf(object.manifest);
      if (!entry || entry.removedIn !== release) return 'pass';
      return [{
        fieldPath: 'apiVersion',
        message: `${object.manifest.kind} uses apiVersion ${entry.groupVersion}, which Kubernetes ${release} removed. Use ${entry.replacement}.`,
      }];
    },
  };
}

/** Builds a check that the object's API version is not one that the given Kubernetes release deprecated. */
export function apiVersionNotDeprecatedIn(release: string): Check {
  return {
    name: checkName('ApiVersionNotDeprecatedIn', release),
    title: `No API versions that Kubernetes ${release} deprecated`,
    rationale: `Kubernetes ${release} deprecated these API versions; a later release stops serving them.`,
    fix: 'Move the object to the API version that replaced it.',
    kinds: [],
    check(object: ManifestObject): RuleResult {
      const entry = lifecycleOf(object.manifest);
      if (!entry || entry.deprecatedIn !== release) return 'pass';
      return [{
        fieldPath: 'apiVersion',
        message: `${object.manifest.kind} uses apiVersion ${entry.groupVersion}, which Kubernetes ${release} deprecated. Use ${entry.replacement}.`,
      }];
    },
  };
}

/**
 * Builds a check that the object's API version is neither deprecated nor removed in any release
 * up to and including `release`.
 */
export function apiVersionCurrentIn(release: string): Check {
  return {
    name: checkName('ApiVersionCurrentIn', release),
    title: `API versions are current as of Kubernetes ${release}`,
    rationale: 'Deprecated API versions stop being served in a later release, and removed ones are rejected, so upgrades break.',
    fix: 'Move the object to the API version that replaced it.',
    kinds: [],
    check(object: ManifestObject): RuleResult {
      const entry = lifecycleOf(object.manifest);
      if (!entry) return 'pass';
      if (compareReleases(entry.removedIn, release) <= 0) {
        return [{
          fieldPath: 'apiVersion',
          message: `${object.manifest.kind} uses apiVersion ${entry.groupVersion}, which Kubernetes ${entry.removedIn} removed. Use ${entry.replacement}.`,
        }];
      }
      if (entry.deprecatedIn && compareReleases(entry.deprecatedIn, release) <= 0) {
        return [{
          fieldPath: 'apiVersion',
          message: `${object.manifest.kind} uses apiVersion ${entry.groupVersion}, deprecated since Kubernetes ${entry.deprecatedIn}. Use ${entry.replacement}.`,
        }];
      }
      return 'pass';
    },
  };
}

/** The newest Kubernetes release that the library targets; packs check API versions against it. */
export const NEWEST_TARGET_RELEASE = '1.35';

/** API versions are current as of the newest Kubernetes release that the library targets. */
export const ApiVersionCurrent = apiVersionCurrentIn(NEWEST_TARGET_RELEASE);

/** Per-release checks, for standards that cite each Kubernetes release's deprecations and removals on their own. */
export const ApiVersionNotDeprecatedIn1_16 = apiVersionNotDeprecatedIn('1.16');
export const ApiVersionNotDeprecatedIn1_17 = apiVersionNotDeprecatedIn('1.17');
export const ApiVersionNotDeprecatedIn1_19 = apiVersionNotDeprecatedIn('1.19');
export const ApiVersionNotDeprecatedIn1_21 = apiVersionNotDeprecatedIn('1.21');
export const ApiVersionNotDeprecatedIn1_22 = apiVersionNotDeprecatedIn('1.22');
export const ApiVersionNotDeprecatedIn1_23 = apiVersionNotDeprecatedIn('1.23');
export const ApiVersionNotDeprecatedIn1_24 = apiVersionNotDeprecatedIn('1.24');
export const ApiVersionNotRemovedIn1_22 = apiVersionNotRemovedIn('1.22');
export const ApiVersionNotRemovedIn1_23 = apiVersionNotRemovedIn('1.23');
export const ApiVersionNotRemovedIn1_24 = apiVersionNotRemovedIn('1.24');
export const ApiVersionNotRemovedIn1_25 = apiVersionNotRemovedIn('1.25');
export const ApiVersionNotRemovedIn1_26 = apiVersionNotRemovedIn('1.26');
export const ApiVersionNotRemovedIn1_27 = apiVersionNotRemovedIn('1.27');
