import { ISSUER_KINDS, isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * ACME issuers register their account with an email address (`spec.acme.email`).
 */
export const AcmeIssuerEmailSet: Check = {
  name: 'AcmeIssuerEmailSet',
  title: 'ACME issuers register an account email.',
  rationale: 'The ACME server sends expiry warnings, revocation notices and policy changes to the account email; '
    + 'without one, a failing renewal or a mass revocation goes unnoticed until certificates expire.',
  fix: 'Set spec.acme.email to a monitored team address.',
  kinds: ISSUER_KINDS,
  check(object: ManifestObject): RuleResult {
    if (!isCertManagerObject(object) || object.manifest.spec?.acme === undefined) {
      return 'not-applicable';
    }
    const email = object.manifest.spec.acme.email;
    if (typeof email === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      return 'pass';
    }
    const problem = email === undefined || email === '' ? 'has no account email' : `has the invalid account email "${email}"`;
    return [{ fieldPath: 'spec.acme.email', message: `The ACME issuer ${problem}; set spec.acme.email to a monitored address.` }];
  },
};
