import { Check, ManifestObject, RuleResult } from '../../rule';

// A DNS-1123 subdomain: what Kubernetes requires of most object names.
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// RBAC objects may use names such as `system:controller:foo`, which are path segments, not subdomains.
const LENIENT_KINDS = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];

/** The object sets `metadata.name` (or `generateName`) to a name that Kubernetes accepts. */
export const ObjectHasValidName: Check = {
  name: 'ObjectHasValidName',
  title: 'Objects have a valid name',
  rationale: 'An object without a name, or with a name that is not a DNS subdomain, cannot be applied to a cluster.',
  fix: 'Set metadata.name to lowercase letters, digits, "-" and "." of at most 253 characters.',
  kinds: [],
  check(object: ManifestObject): RuleResult {
    const metadata = object.manifest.metadata ?? {};
    const name = metadata.name ?? metadata.generateName;
    const field = metadata.name !== undefined ? 'metadata.name' : 'metadata.generateName';
    if (typeof name !== 'string' || name.length === 0) {
      return [{ fieldPath: 'metadata.name', message: 'The object has no metadata.name or metadata.generateName. Set metadata.name.' }];
    }
    if (LENIENT_KINDS.includes(object.manifest.kind)) {
      return /[/%]/.test(name) || name === '.' || name === '..'
        ? [{ fieldPath: field, message: `The name "${name}" contains "/" or "%" or is a dot path, which Kubernetes rejects. Rename the object.` }]
        : 'pass';
    }
    // generateName gets a random suffix, so it may end with "-".
    const candidate = field === 'metadata.generateName' ? `${name}x` : name;
    if (candidate.length > 253 || !DNS_SUBDOMAIN.test(candidate)) {
      return [{
        fieldPath: field,
        message: `The name "${name}" is not a DNS subdomain. Use lowercase letters, digits, "-" and "." with a letter or digit at both ends.`,
      }];
    }
    return 'pass';
  },
};
