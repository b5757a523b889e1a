import { certManagerComponentOf } from '../../private/cert-manager';
import { containersOf, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * Tests whether a volume is a projected volume with a ServiceAccount token, the cluster CA and
 * the namespace, the three files that the automatic mount provides.
 */
function isTokenVolume(volume: Record<string, any>): boolean {
  const sources: any[] = volume.projected?.sources ?? [];
  const token = sources.some((source) => source?.serviceAccountToken);
  const ca = sources.some((source) => source?.configMap?.name === 'kube-root-ca.crt');
  const namespace = sources.some((source) => (source?.downwardAPI?.items ?? []).some((item: any) => item?.fieldRef?.fieldPath === 'metadata.namespace'));
  return token && ca && namespace;
}

/**
 * cert-manager containers mount an explicit, read-only, projected ServiceAccount token.
 */
export const CertManagerProjectedServiceAccountToken: Check = {
  name: 'CertManagerProjectedServiceAccountToken',
  title: 'cert-manager containers mount a projected ServiceAccount token read-only at the standard path.',
  rationale: 'With automounting off, each cert-manager container still needs a token to call the API. An explicit projected volume gives it one, read-only and expiring, and gives it to no other container.',
  fix: `Add a projected volume with \`serviceAccountToken\`, ConfigMap \`kube-root-ca.crt\` (key \`ca.crt\`) and downward API \`metadata.namespace\`, and mount it with \`readOnly: true\` at \`${TOKEN_PATH}\` in each cert-manager container.`,
  kinds: ['Deployment', 'Job'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found) {
      return 'not-applicable';
    }
    const tokenVolumes = (found.pod.spec.volumes ?? []).filter((volume: any) => isTokenVolume(volume ?? {})).map((volume: any) => volume.name);
    const violations: RuleViolation[] = [];
    for (const c of containersOf(found.pod).filter((ref) => ref.list === 'containers')) {
      const mount = (c.container.volumeMounts ?? []).find((m: any) => m?.mountPath === TOKEN_PATH && tokenVolumes.includes(m.name));
      if (!mount) {
        violations.push({
          fieldPath: `${c.path}.volumeMounts`,
          message: `${describeContainer(c)} does not mount a projected ServiceAccount token volume at ${TOKEN_PATH}. Add the volume and mount it read-only.`,
        });
      } else if (mount.readOnly !== true) {
        violations.push({
          fieldPath: `${c.path}.volumeMounts`,
          message: `${describeContainer(c)} mounts the ServiceAccount token at ${TOKEN_PATH} writable. Set readOnly: true on the mount.`,
        });
      }
    }
    return violations.length > 0 ? violations : 'pass';
  },
};
