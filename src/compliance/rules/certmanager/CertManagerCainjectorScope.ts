import { certManagerComponentOf } from '../../private/cert-manager';
import { containersOf, namespaceOf } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * cainjector watches only its own namespace and no Certificates, as the Best Practice page
 * recommends when it serves only cert-manager's own webhook.
 */
export const CertManagerCainjectorScope: Check = {
  name: 'CertManagerCainjectorScope',
  title: 'cainjector is limited to its own namespace and does not use Certificates as a data source.',
  rationale: 'By default cainjector caches every Secret and Certificate of the cluster, which costs memory and widens what a compromise exposes. The limit is wrong when other software relies on cainjector to inject CA bundles.',
  fix: 'Add `--namespace=<cert-manager namespace>` and `--enable-certificates-data-source=false` to the cainjector container arguments, unless other software relies on cainjector.',
  kinds: ['Deployment'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found || found.component !== 'cainjector') {
      return 'not-applicable';
    }
    const container = containersOf(found.pod).find((c) => c.list === 'containers');
    if (!container) {
      return 'not-applicable';
    }
    const args: string[] = container.container.args ?? [];
    const violations: RuleViolation[] = [];
    const namespace = namespaceOf(object.manifest);
    if (!args.some((arg) => arg === `--namespace=${namespace}`)) {
      violations.push({ fieldPath: `${container.path}.args`, message: `cainjector watches all namespaces. Add --namespace=${namespace ?? '<namespace>'} to its arguments.` });
    }
    if (!args.includes('--enable-certificates-data-source=false')) {
      violations.push({ fieldPath: `${container.path}.args`, message: 'cainjector reads Certificates as a data source. Add --enable-certificates-data-source=false to its arguments.' });
    }
    return violations.length > 0 ? violations : 'pass';
  },
};
