import { BSI_PACK } from './packs/bsi';
import { CERT_MANAGER_BEST_PRACTICE_PACK } from './packs/cert-manager-best-practice';
import { CERT_MANAGER_ISSUERS_PACK } from './packs/cert-manager-issuers';
import { CIS_KUBERNETES_PACK } from './packs/cis-kubernetes';
import { CONTROLPLANE_2026_PACK } from './packs/controlplane-2026';
import { DATREE_PACK } from './packs/datree';
import { KUBE_SCORE_PACK } from './packs/kube-score';
import { KYVERNO_PACK } from './packs/kyverno';
import { LEARNK8S_PACK } from './packs/learnk8s';
import { NSA_CISA_PACK } from './packs/nsa-cisa';
import { POLARIS_PACK } from './packs/polaris';
import { PSS_BASELINE_PACK, PSS_RESTRICTED_PACK } from './packs/pss';
import { Pack } from './rule';

/**
 * A rule pack: the rules of one standard, mapped onto checks of the rendered manifests.
 *
 * Rule ids are `<prefix>-<control id>`, for example `CIS-5.2.2`. `RULES.md` lists every rule.
 */
export class CompliancePack {
  /** Pod Security Standards, baseline profile (ids `PSS-baseline-*`). */
  public static readonly PSS_BASELINE = new CompliancePack(PSS_BASELINE_PACK);

  /** Pod Security Standards, controls of the restricted profile (ids `PSS-restricted-*`). */
  public static readonly PSS_RESTRICTED = new CompliancePack(PSS_RESTRICTED_PACK);

  /** CIS Kubernetes Benchmark v1.10.0, section 5 (ids `CIS-5.x.y`). */
  public static readonly CIS_KUBERNETES = new CompliancePack(CIS_KUBERNETES_PACK);

  /** NSA/CISA Kubernetes Hardening Guidance v1.2 (ids `NSA-<chapter>-<n>`). */
  public static readonly NSA_CISA = new CompliancePack(NSA_CISA_PACK);

  /** BSI IT-Grundschutz APP.4.4 and SYS.1.6, 2023 edition (ids `BSI-APP.4.4.Ax`, `BSI-SYS.1.6.Ax`). */
  public static readonly BSI = new CompliancePack(BSI_PACK);

  /** cert-manager's Best Practice installation page (ids `CM-BP-*`). */
  public static readonly CERT_MANAGER_BEST_PRACTICE = new CompliancePack(CERT_MANAGER_BEST_PRACTICE_PACK);

  /** ControlPlane cert-manager threat model and hardening guide, March 2026 (ids `CP-R-*`). */
  public static readonly CONTROLPLANE_2026 = new CompliancePack(CONTROLPLANE_2026_PACK);

  /** This library's rules for Issuer, ClusterIssuer and Certificate objects (ids `CMI-*`). */
  public static readonly CERT_MANAGER_ISSUERS = new CompliancePack(CERT_MANAGER_ISSUERS_PACK);

  /** Datree's built-in rules (ids `DATREE-*`). */
  public static readonly DATREE = new CompliancePack(DATREE_PACK);

  /** Kyverno's sample policies for workloads and RBAC (ids `KYVERNO-*`). */
  public static readonly KYVERNO = new CompliancePack(KYVERNO_PACK);

  /** Polaris checks (ids `POLARIS-*`). */
  public static readonly POLARIS = new CompliancePack(POLARIS_PACK);

  /** kube-score checks (ids `KUBESCORE-*`). */
  public static readonly KUBE_SCORE = new CompliancePack(KUBE_SCORE_PACK);

  /** The Learnk8s production best practices checklist (ids `LEARNK8S-*`). */
  public static readonly LEARNK8S = new CompliancePack(LEARNK8S_PACK);

  /**
   * Returns every pack of the library, in a fixed order; this is the default of
   * `ComplianceChecksProps.packs`.
   */
  public static all(): CompliancePack[] {
    return [
      CompliancePack.PSS_BASELINE,
      CompliancePack.PSS_RESTRICTED,
      CompliancePack.CIS_KUBERNETES,
      CompliancePack.NSA_CISA,
      CompliancePack.BSI,
      CompliancePack.CERT_MANAGER_BEST_PRACTICE,
      CompliancePack.CONTROLPLANE_2026,
      CompliancePack.CERT_MANAGER_ISSUERS,
      CompliancePack.DATREE,
      CompliancePack.KYVERNO,
      CompliancePack.POLARIS,
      CompliancePack.KUBE_SCORE,
      CompliancePack.LEARNK8S,
    ];
  }

  /** Pack name, for example `cis-kubernetes`. */
  public readonly name: string;

  /** Rule id prefix, for example `CIS`. */
  public readonly prefix: string;

  /** The standard and its version. */
  public readonly source: string;

  /** The ids of the pack's rules, in the standard's order. */
  public readonly ruleIds: string[];

  /** @internal */
  public readonly _pack: Pack;

  private constructor(pack: Pack) {
    this._pack = pack;
    this.name = pack.name;
    this.prefix = pack.prefix;
    this.source = pack.source;
    this.ruleIds = pack.entries.map((entry) => `${pack.prefix}-${entry.controlId}`);
  }
}
