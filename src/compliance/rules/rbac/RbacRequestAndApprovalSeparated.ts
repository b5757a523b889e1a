import { KeyedLists, derivedFrom } from '../../private/lookup';
import { indexedObjectsOfKind } from '../../private/object-index';
import { BINDING_KINDS, GrantPattern, findBoundRole, matchGrant, rulesOf, subjectKey } from '../../private/rbac';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

const REQUEST: GrantPattern = { apiGroups: ['cert-manager.io'], resources: ['certificaterequests'], verbs: ['create'], matchResourceNames: true };
const APPROVE: GrantPattern = { apiGroups: ['cert-manager.io'], resources: ['signers'], verbs: ['approve'], matchResourceNames: true };

function grants(role: ManifestObject | undefined, pattern: GrantPattern): boolean {
  return role !== undefined && rulesOf(role.manifest).some(({ rule }) => matchGrant(rule, pattern) !== undefined);
}

interface SubjectIndex {
  /** Bindings by the key of each of their subjects, in list order. */
  readonly bySubject: KeyedLists<ManifestObject>;
  /**
   * Bindings whose subjects cannot all be read (not a list, or a subject that `subjectKey`
   * throws on). They are candidates for every subject, so the test of each one runs as a scan of
   * all bindings would run it.
   */
  readonly irregular: ManifestObject[];
  readonly position: Map<ManifestObject, number>;
}

function indexSubjects(all: readonly ManifestObject[]): SubjectIndex {
  const index: SubjectIndex = { bySubject: new KeyedLists(), irregular: [], position: new Map() };
  indexedObjectsOfKind(all, BINDING_KINDS).forEach((binding, position) => {
    if (!index.position.has(binding)) {
      index.position.set(binding, position);
    }
    const subjects = binding.manifest.subjects ?? [];
    const keys = new Set<string>();
    try {
      if (!Array.isArray(subjects)) {
        throw new Error('The subjects are not a list.');
      }
      for (const subject of subjects) {
        keys.add(subjectKey(subject, binding.manifest.metadata?.namespace));
      }
    } catch {
      index.irregular.push(binding);
      return;
    }
    for (const key of keys) {
      index.bySubject.add([key], binding);
    }
  });
  return index;
}

/**
 * Returns the bindings that may bind the subject key, in list order: a superset of those that do,
 * so callers still compare the keys. Callers must not change the result.
 */
function bindingCandidates(index: SubjectIndex, key: string): readonly ManifestObject[] {
  const withSubject = index.bySubject.get([key]);
  if (index.irregular.length === 0) {
    return withSubject;
  }
  return [...withSubject, ...index.irregular].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/**
 * The roles that the bindings of one subject key grant, with whether any of them allows creating
 * or approving CertificateRequests, computed on first use. These depend on the key and the list
 * of objects only, so the bindings of a subject shared by many bindings are compared once.
 */
interface SubjectRoles {
  readonly roles: ReadonlyArray<ManifestObject | undefined>;
  requests?: boolean;
  approves?: boolean;
}

function newSubjectRoles(): Map<string, SubjectRoles> {
  return new Map();
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
    const subjects = derivedFrom(all, indexSubjects);
    const rolesBySubject = derivedFrom(all, newSubjectRoles);
    (object.manifest.subjects ?? []).forEach((subject: any, index: number) => {
      const key = subjectKey(subject, object.manifest.metadata?.namespace);
      let subjectRoles = rolesBySubject.get(key);
      if (!subjectRoles) {
        const roles = bindingCandidates(subjects, key)
          .filter((b) => (b.manifest.subjects ?? []).some((s: any) => subjectKey(s, b.manifest.metadata?.namespace) === key))
          .map((b) => findBoundRole(b.manifest, all));
        subjectRoles = { roles };
        rolesBySubject.set(key, subjectRoles);
      }
      const thisRole = findBoundRole(object.manifest, all);
      const thisRequests = grants(thisRole, REQUEST);
      const thisApproves = grants(thisRole, APPROVE);
      if (!thisRequests && !thisApproves) {
        return;
      }
      // A result is kept only once computed, so a role whose rules cannot be read throws every time.
      if (subjectRoles.requests === undefined) {
        subjectRoles.requests = subjectRoles.roles.some((role) => grants(role, REQUEST));
      }
      if (subjectRoles.approves === undefined) {
        subjectRoles.approves = subjectRoles.roles.some((role) => grants(role, APPROVE));
      }
      if (subjectRoles.requests && subjectRoles.approves) {
        violations.push({
          fieldPath: `subjects[${index}]`,
          message: `${subject.kind} ${subject.name} may both create and approve CertificateRequests. Split the rights or disable the built-in approver.`,
        });
      }
    });
    return violations.length > 0 ? violations : 'pass';
  },
};
