import { Check, ManifestObject, RuleResult } from '../../rule';

/** The object uses a stable (GA) API version, not an alpha or beta one. */
export const ApiVersionStable: Check = {
  name: 'ApiVersionStable',
  title: 'Objects use stable API versions',
  rationale: 'Alpha and beta APIs can change or disappear between releases and alpha ones are off by default, so objects that use them are fragile.',
  fix: 'Use the GA version of the API, or document why the alpha or beta feature is needed and suppress the finding.',
  kinds: [],
  check(object: ManifestObject): RuleResult {
    const apiVersion = String(object.manifest.apiVersion ?? '');
    const version = apiVersion.split('/').pop() ?? '';
    if (/^v\d+(alpha|beta)\d*$/.test(version)) {
      return [{ fieldPath: 'apiVersion', message: `apiVersion ${apiVersion} is not a stable version. Use the GA version of the API.` }];
    }
    return 'pass';
  },
};
