import { Pack } from './rule';

/**
 * A rule pack: the rules of one standard, mapped onto checks of the rendered manifests.
 *
 * Rule ids are `<prefix>-<control id>`, for example `CIS-5.2.2`. `RULES.md` lists every rule.
 */
export class CompliancePack {
  /** Pod Security Standards, baseline profile (ids `PSS-baseline-*`). */
  public static readonly PSS_BASELINE = new CompliancePack('pss-baseline', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/pss') as typeof import('./packs/pss')).PSS_BASELINE_PACK);

  /** Pod Security Standards, controls of the restricted profile (ids `PSS-restricted-*`). */
  public static readonly PSS_RESTRICTED = new CompliancePack('pss-restricted', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/pss') as typeof import('./packs/pss')).PSS_RESTRICTED_PACK);

  /** CIS Kubernetes Benchmark v1.10.0, section 5 (ids `CIS-5.x.y`). */
  public static readonly CIS_KUBERNETES = new CompliancePack('cis-kubernetes', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/cis-kubernetes') as typeof import('./packs/cis-kubernetes')).CIS_KUBERNETES_PACK);

  /** NSA/CISA Kubernetes Hardening Guidance v1.2 (ids `NSA-<chapter>-<n>`). */
  public static readonly NSA_CISA = new CompliancePack('nsa-cisa', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/nsa-cisa') as typeof import('./packs/nsa-cisa')).NSA_CISA_PACK);

  /** BSI IT-Grundschutz APP.4.4 and SYS.1.6, 2023 edition (ids `BSI-APP.4.4.Ax`, `BSI-SYS.1.6.Ax`). */
  public static readonly BSI = new CompliancePack('bsi', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/bsi') as typeof import('./packs/bsi')).BSI_PACK);

  /** cert-manager's Best Practice installation page (ids `CM-BP-*`). */
  public static readonly CERT_MANAGER_BEST_PRACTICE = new CompliancePack('cert-manager-best-practice', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/cert-manager-best-practice') as typeof import('./packs/cert-manager-best-practice')).CERT_MANAGER_BEST_PRACTICE_PACK);

  /** ControlPlane cert-manager threat model and hardening guide, March 2026 (ids `CP-R-*`). */
  public static readonly CONTROLPLANE_2026 = new CompliancePack('controlplane-2026', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/controlplane-2026') as typeof import('./packs/controlplane-2026')).CONTROLPLANE_2026_PACK);

  /** This library's rules for Issuer, ClusterIssuer and Certificate objects (ids `CMI-*`). */
  public static readonly CERT_MANAGER_ISSUERS = new CompliancePack('cert-manager-issuers', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/cert-manager-issuers') as typeof import('./packs/cert-manager-issuers')).CERT_MANAGER_ISSUERS_PACK);

  /** Datree's built-in rules (ids `DATREE-*`). */
  public static readonly DATREE = new CompliancePack('datree', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/datree') as typeof import('./packs/datree')).DATREE_PACK);

  /** Kyverno's sample policies for workloads and RBAC (ids `KYVERNO-*`). */
  public static readonly KYVERNO = new CompliancePack('kyverno', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/kyverno') as typeof import('./packs/kyverno')).KYVERNO_PACK);

  /** Polaris checks (ids `POLARIS-*`). */
  public static readonly POLARIS = new CompliancePack('polaris', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/polaris') as typeof import('./packs/polaris')).POLARIS_PACK);

  /** kube-score checks (ids `KUBESCORE-*`). */
  public static readonly KUBE_SCORE = new CompliancePack('kube-score', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/kube-score') as typeof import('./packs/kube-score')).KUBE_SCORE_PACK);

  /** The Learnk8s production best practices checklist (ids `LEARNK8S-*`). */
  public static readonly LEARNK8S = new CompliancePack('learnk8s', () =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./packs/learnk8s') as typeof import('./packs/learnk8s')).LEARNK8S_PACK);

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

  private readonly load: () => Pack;
  private loaded?: Pack;

  /**
   * @param name the pack's name, known without loading it
   * @param load requires the pack's module. The packs import every check, about 290 modules,
   *   so they are loaded when first used, and apps that run no checks do not load them.
   */
  private constructor(name: string, load: () => Pack) {
    this.name = name;
    this.load = load;
  }

  /** Rule id prefix, for example `CIS`. */
  public get prefix(): string {
    return this._pack.prefix;
  }

  /** The standard and its version. */
  public get source(): string {
    return this._pack.source;
  }

  /** The ids of the pack's rules, in the standard's order. */
  public get ruleIds(): string[] {
    const pack = this._pack;
    return pack.entries.map((entry) => `${pack.prefix}-${entry.controlId}`);
  }

  /** @internal */
  public get _pack(): Pack {
    if (!this.loaded) {
      const pack = this.load();
      if (pack.name !== this.name) {
        throw new Error(`The compliance pack constant for '${this.name}' loaded the pack '${pack.name}'; correct the name in compliance-pack.ts.`);
      }
      this.loaded = pack;
    }
    return this.loaded;
  }
}
