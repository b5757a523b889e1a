import { ISSUER_KINDS, acmeSolversOf, isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/** Seccomp profile types that the restricted Pod Security Standard accepts. */
const RESTRICTED_SECCOMP = ['RuntimeDefault', 'Localhost'];

/**
 * HTTP-01 solver pods of ACME issuers keep the restricted pod security context.
 *
 * cert-manager v1.21.1 gives solver pods `runAsNonRoot: true` (unless the controller runs with
 * `--acme-http01-solver-run-as-non-root=false`) and the `RuntimeDefault` seccomp profile. A
 * `podTemplate.spec.securityContext` in the solver replaces that context as a whole, so it must
 * set both again. The container-level settings come from cert-manager and are not in the manifest.
 */
export const AcmeHttp01SolverPodRestricted: Check = {
  name: 'AcmeHttp01SolverPodRestricted',
  title: 'HTTP-01 solver pods run as non-root with a RuntimeDefault or Localhost seccomp profile.',
  rationale: 'Solver pods are exposed to the internet through the ingress; the restricted Pod Security Standard limits what '
    + 'an attacker gains from a flaw in them. A pod template security context drops cert-manager\'s secure defaults.',
  fix: 'In every solver podTemplate.spec.securityContext, set runAsNonRoot: true and seccompProfile.type: RuntimeDefault, or remove the securityContext.',
  kinds: ISSUER_KINDS,
  check(object: ManifestObject): RuleResult {
    if (!isCertManagerObject(object)) {
      return 'not-applicable';
    }
    const violations: RuleViolation[] = [];
    let http01Solvers = 0;
    for (const { solver, path } of acmeSolversOf(object.manifest)) {
      const http01 = solver.http01 ?? {};
      for (const variant of ['ingress', 'gatewayHTTPRoute']) {
        if (http01[variant] === undefined) {
          continue;
        }
        http01Solvers++;
        const context = http01[variant].podTemplate?.spec?.securityContext;
        if (context === undefined) {
          continue;
        }
        const contextPath = `${path}.http01.${variant}.podTemplate.spec.securityContext`;
        if (context.runAsNonRoot !== true) {
          violations.push({ fieldPath: `${contextPath}.runAsNonRoot`, message: 'The solver pod template replaces cert-manager\'s security context without runAsNonRoot: true; set it.' });
        }
        if (context.runAsUser === 0) {
          violations.push({ fieldPath: `${contextPath}.runAsUser`, message: 'The solver pod template runs as user 0 (root); remove runAsUser or set a non-zero user.' });
        }
        if (!RESTRICTED_SECCOMP.includes(context.seccompProfile?.type)) {
          violations.push({
            fieldPath: `${contextPath}.seccompProfile.type`,
            message: `The solver pod template sets seccomp profile "${context.seccompProfile?.type ?? 'unset'}"; set seccompProfile.type to RuntimeDefault.`,
          });
        }
      }
    }
    if (http01Solvers === 0) {
      return 'not-applicable';
    }
    return violations.length === 0 ? 'pass' : violations;
  },
};
