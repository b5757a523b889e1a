import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { SECRET_PATTERNS, secretFieldPaths } from './secret-patterns';

/**
 * Builds a check that no field of an object other than a Secret contains a credential of one
 * provider, recognised by its token format.
 */
export function noExposedSecret(provider: keyof typeof SECRET_PATTERNS): Check {
  return {
    name: `NoExposed${provider}Secret`,
    title: `No ${provider} credentials in plain manifests`,
    rationale: 'Manifests end up in Git, CI logs and kubectl output; a credential there is readable by everyone who can read those.',
    fix: 'Move the credential into a Secret (or an external secret store) and reference it.',
    kinds: [],
    check(object: ManifestObject): RuleResult {
      if (object.manifest.kind === 'Secret') return 'not-applicable';
      const paths = secretFieldPaths(object.manifest).get(provider) ?? [];
      const violations = paths.map((fieldPath) => ({
        fieldPath,
        message: `The field looks like it contains a ${provider} credential. Move it into a Secret and reference it.`,
      }));
      return resultOf(violations);
    },
  };
}

export const NoExposedBitbucketSecret = noExposedSecret('Bitbucket');
export const NoExposedDatadogSecret = noExposedSecret('Datadog');
export const NoExposedGcpSecret = noExposedSecret('Gcp');
export const NoExposedAwsSecret = noExposedSecret('Aws');
export const NoExposedGitHubSecret = noExposedSecret('GitHub');
export const NoExposedGitLabSecret = noExposedSecret('GitLab');
export const NoExposedTerraformSecret = noExposedSecret('Terraform');
export const NoExposedHerokuSecret = noExposedSecret('Heroku');
export const NoExposedJwtSecret = noExposedSecret('Jwt');
export const NoExposedLaunchDarklySecret = noExposedSecret('LaunchDarkly');
export const NoExposedNewRelicSecret = noExposedSecret('NewRelic');
export const NoExposedNpmSecret = noExposedSecret('Npm');
export const NoExposedOktaSecret = noExposedSecret('Okta');
export const NoExposedStripeSecret = noExposedSecret('Stripe');
export const NoExposedSumoLogicSecret = noExposedSecret('SumoLogic');
export const NoExposedTwilioSecret = noExposedSecret('Twilio');
export const NoExposedVaultSecret = noExposedSecret('Vault');
export const NoExposedPrivateKeySecret = noExposedSecret('PrivateKey');
