import { Check, PackEntry, RuleLevel } from '../compliance/rule';
import { AcmeHttp01SolverPodRestricted } from '../compliance/rules/issuer/AcmeHttp01SolverPodRestricted';
import { AcmeIssuerEmailSet } from '../compliance/rules/issuer/AcmeIssuerEmailSet';
import { CertificateDurationBounded } from '../compliance/rules/issuer/CertificateDurationBounded';
import { CertificatePrivateKeyMinimumStrength } from '../compliance/rules/issuer/CertificatePrivateKeyMinimumStrength';
import { CertificatePrivateKeyRotationAlways } from '../compliance/rules/issuer/CertificatePrivateKeyRotationAlways';
import { CertificatePrivateKeyStrong } from '../compliance/rules/issuer/CertificatePrivateKeyStrong';
import { ClusterIssuerScopedCredentials } from '../compliance/rules/issuer/ClusterIssuerScopedCredentials';
import { IssuerNoInlineCredentials } from '../compliance/rules/issuer/IssuerNoInlineCredentials';

// Pack entries for the checks over Issuer, ClusterIssuer and Certificate manifests, for the
// compliance packs to register. Internal: not exported from the library's index.

/** Every check over Issuer, ClusterIssuer and Certificate manifests. */
export const ISSUER_CHECKS: Check[] = [
  CertificatePrivateKeyMinimumStrength,
  CertificatePrivateKeyStrong,
  CertificatePrivateKeyRotationAlways,
  CertificateDurationBounded,
  IssuerNoInlineCredentials,
  AcmeIssuerEmailSet,
  ClusterIssuerScopedCredentials,
  AcmeHttp01SolverPodRestricted,
];

/**
 * Entries of the ControlPlane 2026 pack (prefix `CP`) that these checks decide, replacing the
 * entries that report "not evaluated". All five are Medium-priority recommendations, so they are
 * warnings, like the pack's other Medium-priority entries.
 */
export const CONTROLPLANE_2026_ISSUER_ENTRIES: PackEntry[] = [
  { controlId: 'R-ARCH-03', title: 'Prefer namespaced Issuers in multi-tenant clusters', level: RuleLevel.WARNING, check: ClusterIssuerScopedCredentials },
  { controlId: 'R-CONFIG-02', title: 'Hold HTTP-01 solver Pods to the restricted standard', level: RuleLevel.WARNING, check: AcmeHttp01SolverPodRestricted },
  { controlId: 'R-CONFIG-03', title: 'Standardise certificate lifetimes and renewal', level: RuleLevel.WARNING, check: CertificateDurationBounded },
  { controlId: 'R-CONFIG-04', title: 'Enforce strong keys and rotation', level: RuleLevel.WARNING, check: CertificatePrivateKeyStrong },
  { controlId: 'R-STORAGE-02', title: 'Rotate keys on renewal', level: RuleLevel.WARNING, check: CertificatePrivateKeyRotationAlways },
];

/**
 * Entries of a pack of this library's own issuer rules (proposed name `cert-manager-issuers`,
 * prefix `CMI`). The ids are proposed by this library. A key weaker than cert-manager's floor and
 * an inline credential are errors; RSA 2048, which cert-manager generates by default, is a warning
 * through `KEY-STRENGTH`.
 */
export const ISSUER_BASELINE_ENTRIES: PackEntry[] = [
  { controlId: 'KEY-MINIMUM', title: 'Keys at least RSA 2048, ECDSA P-256 or Ed25519', level: RuleLevel.ERROR, check: CertificatePrivateKeyMinimumStrength },
  { controlId: 'KEY-STRENGTH', title: 'Keys ECDSA P-256 or stronger, or RSA 3072 or stronger', level: RuleLevel.WARNING, check: CertificatePrivateKeyStrong },
  { controlId: 'KEY-ROTATION', title: 'Private keys rotate on every issuance', level: RuleLevel.WARNING, check: CertificatePrivateKeyRotationAlways },
  { controlId: 'LIFETIME', title: 'Lifetimes from 1 hour to 397 days, renewal before expiry', level: RuleLevel.WARNING, check: CertificateDurationBounded },
  { controlId: 'NO-INLINE-CREDENTIALS', title: 'Credentials referenced from Secrets, never inline', level: RuleLevel.ERROR, check: IssuerNoInlineCredentials },
  { controlId: 'ACME-EMAIL', title: 'ACME accounts register an email', level: RuleLevel.WARNING, check: AcmeIssuerEmailSet },
  { controlId: 'CLUSTER-ISSUER-SCOPE', title: 'ClusterIssuers hold scoped platform credentials', level: RuleLevel.WARNING, check: ClusterIssuerScopedCredentials },
  { controlId: 'HTTP01-SOLVER-POD', title: 'HTTP-01 solver pods stay restricted', level: RuleLevel.WARNING, check: AcmeHttp01SolverPodRestricted },
];
