import { CONTROLPLANE_2026_ISSUER_ENTRIES } from '../../issuers/checks';
import { decided, undecidable } from '../private/pack-entries';
import { Pack, PackEntry, RuleLevel } from '../rule';
import { CertManagerAutoApproverDisabled } from '../rules/certmanager/CertManagerAutoApproverDisabled';
import { CertManagerComponentsHardened } from '../rules/certmanager/CertManagerComponentsHardened';
import { NetworkPolicyIsolation } from '../rules/network/NetworkPolicyIsolation';
import { NetworkPolicyNoAllowAll } from '../rules/network/NetworkPolicyNoAllowAll';
import { RbacNoIssuerWrite } from '../rules/rbac/RbacNoIssuerWrite';
import { RbacNoSecretReadAccess } from '../rules/rbac/RbacNoSecretReadAccess';
import { RbacNoWildcards } from '../rules/rbac/RbacNoWildcards';
import { RbacRequestAndApprovalSeparated } from '../rules/rbac/RbacRequestAndApprovalSeparated';

const NEEDS_ISSUER_CHECKS = 'The recommendation concerns Issuer, ClusterIssuer and Certificate objects, which no check decides yet.';

/**
 * Replaces entries with the issuer and certificate entries of the same id, where such checks
 * exist.
 */
function withIssuerChecks(entries: PackEntry[]): PackEntry[] {
  return entries.map((entry) => CONTROLPLANE_2026_ISSUER_ENTRIES.find((issuerEntry) => issuerEntry.controlId === entry.controlId) ?? entry);
}

/**
 * The hardening recommendations of the ControlPlane cert-manager threat model and hardening guide
 * (March 2026), with the guide's own `R-*` ids.
 *
 * Levels are this library's choice: High-priority recommendations that the manifests decide are
 * errors (R-RBAC-02, R-CONFIG-01), the others warnings, and those that manifests cannot decide
 * info. R-ARCH-03, R-CONFIG-02, R-CONFIG-03, R-CONFIG-04 and R-STORAGE-02 are decided by the
 * checks over Issuer, ClusterIssuer and Certificate objects (`src/issuers/checks.ts`); R-ARCH-01
 * reports "not evaluated" because where a root key lives is invisible.
 */
export const CONTROLPLANE_2026_PACK: Pack = {
  name: 'controlplane-2026',
  prefix: 'CP',
  source: 'ControlPlane cert-manager End User Threat Model and Hardening Guide (March 2026)',
  entries: withIssuerChecks([
    undecidable('R-ARCH-01', 'Keep the root CA outside the cluster', RuleLevel.INFO,
      'Where the root CA key lives (offline, HSM or a Secret) is not visible in manifests.'),
    decided('R-ARCH-02', 'Govern issuance with an approval policy', RuleLevel.WARNING, CertManagerAutoApproverDisabled),
    undecidable('R-ARCH-03', 'Prefer namespaced Issuers in multi-tenant clusters', RuleLevel.INFO, NEEDS_ISSUER_CHECKS),
    decided('R-RBAC-01', 'Separate requesting and approving', RuleLevel.WARNING, RbacRequestAndApprovalSeparated),
    decided('R-RBAC-02', 'Minimise controller permissions, no wildcards', RuleLevel.ERROR, RbacNoWildcards),
    decided('R-RBAC-03', 'Restrict access to Secrets', RuleLevel.WARNING, RbacNoSecretReadAccess),
    decided('R-RBAC-04', 'Restrict who may change Issuers', RuleLevel.WARNING, RbacNoIssuerWrite),
    decided('R-CONFIG-01', 'Adopt the documented best practice configuration', RuleLevel.ERROR, CertManagerComponentsHardened),
    undecidable('R-CONFIG-02', 'Hold HTTP-01 solver Pods to the restricted standard', RuleLevel.INFO, NEEDS_ISSUER_CHECKS),
    undecidable('R-CONFIG-03', 'Standardise certificate lifetimes and renewal', RuleLevel.INFO, NEEDS_ISSUER_CHECKS),
    undecidable('R-CONFIG-04', 'Enforce strong keys and rotation', RuleLevel.INFO, NEEDS_ISSUER_CHECKS),
    decided('R-NETWORK-01', 'Default-deny NetworkPolicies with needed allows', RuleLevel.WARNING, NetworkPolicyIsolation),
    undecidable('R-NETWORK-02', 'Let only the ingress controller reach HTTP-01 solvers', RuleLevel.INFO,
      'Solver Pods are created by cert-manager at run time. The policy that selects them and the solver service type in Issuers are not checked yet.'),
    decided('R-NETWORK-03', 'Limit DNS-01 egress', RuleLevel.INFO, NetworkPolicyNoAllowAll),
    undecidable('R-STORAGE-01', 'Encrypt Secrets at rest', RuleLevel.INFO, 'Encryption at rest is API server configuration, which app manifests do not contain.'),
    undecidable('R-STORAGE-02', 'Rotate keys and credentials', RuleLevel.INFO,
      'Key rotation on renewal is a Certificate setting that this pack does not check yet. Credential rotation and backups are processes.'),
    undecidable('R-MONITORING-01', 'Centralise monitoring of issuance', RuleLevel.INFO,
      'Metrics scraping objects show collection but not the alerting and audit pipelines the recommendation asks for.'),
    undecidable('R-MONITORING-02', 'Rehearse incident response', RuleLevel.INFO, 'Incident response is a process.'),
  ]),
};
