import { CertificateNoSystemMastersOrganization } from './CertificateNoSystemMastersOrganization';
import { RbacNoSystemMastersBinding } from './RbacNoSystemMastersBinding';
import { allOf } from '../../private/combine';

/**
 * Neither bindings nor cert-manager Certificates of the app create system:masters identities.
 */
export const NoSystemMastersIdentities = allOf({
  name: 'NoSystemMastersIdentities',
  title: 'No binding names system:masters and no cert-manager Certificate asks for that organization.',
  rationale: 'Members of system:masters bypass authorization. Membership comes from bindings or from client certificates whose subject names the group.',
  fix: 'Remove system:masters subjects from bindings and from `spec.subject.organizations` of Certificates.',
  checks: [RbacNoSystemMastersBinding, CertificateNoSystemMastersOrganization],
});
