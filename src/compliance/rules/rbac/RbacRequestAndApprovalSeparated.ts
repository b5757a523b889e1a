import { indexedObjectsOfKind } from '../../private/object-index';
import { BINDING_KINDS, GrantPattern, findBoundRole, matchGrant, rulesOf, subjectKey } from '../../private/rbac';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

const REQUEST: GrantPattern = { apiGroups: ['cert-manager.io'], resources: ['certificaterequests'], verbs: ['create'], matchResourceNames: true };
const APPROVE: GrantPattern = { apiGroups: ['cert-manager.io'], resources: ['signers'], verbs: ['approve'], matchResourceNames: true };

function grants(role: ManifestObject | undefined, pattern: GrantPattern): boolean {
  return role !== undefined && rulesOf(role.manifest).some(({ rule }) => matchGrant(rule, pattern) !== undefined);
}

/**
 * No subject is bound both to creating cert-manager CertificateRequests and to approving them.
 */
export const RbacRequestAndApprovalSeparated: Check = {
  name: 'RbacRequestAndApprovalSeparated',
  title: 'No subject may both create and approve cert-manager CertificateRequests.',
  rationale: 'An identity that can request and approve its own certificates bypasses every approval policy.',
  fix: 'Split the rights between identities. For the cert-manager controller, disable the built-in approver (`--controllers=*,-certificaterequests-approver`) and let a policy approver decide.',
  kinds: BINDING_KINDS,
  check: (object: ManifestObject, all: ManifestObject[]): RuleResult => {
    const violations: RuleViolation[] = [];
    const bindings = indexedObjectsOfKind(all, BINDING_KINDS);
    (object.manifest.subjects ?? []).forEach((subject: any, index: number) => {
      const key = subjectKey(subject, object.manifest.metadata?.namespace);
      const roles = bindings
        .filter((b) => (b.manifest.subjects ?? []).some((s: any) => subjectKey(s, b.manifest.metadata?.namespace) === key))
        .map((b) => findBoundRole(b.manifest, all));
      const thisRole = findBoundRole(object.manifest, all);
      const thisRequests = grants(thisRole, REQUEST);
      const thisApproves = grants(thisRole, APPROVE);
      if (!thisRequests && !thisApproves) {
        return;
      }
      const requests = roles.some((role) => grants(role, REQUEST));
      const approves = roles.some((role) => grants(role, APPROVE));
      if (requests && approves) {
        violations.push({
          fieldPath: `subjects[${index}]`,
          message: `${subject.kind} ${subject.name} may both create and approve CertificateRequests. Split the rights or disable the built-in approver.`,
        });
      }
    });
    return violations.length > 0 ? violations : 'pass';
  },
};
