import { Check, ManifestObject, RuleResult } from '../../rule';

const ARGOCD_CONFIG_MAPS = ['argocd-tls-certs-cm', 'argocd-rbac-cm', 'argocd-ssh-known-hosts-cm', 'argocd-cmd-params-cm', 'argocd-cm'];

/** Argo CD's configuration ConfigMaps carry `app.kubernetes.io/part-of: argocd`. */
export const ArgoCdConfigMapPartOfLabel: Check = {
  name: 'ArgoCdConfigMapPartOfLabel',
  title: 'Argo CD ConfigMaps carry the part-of label',
  rationale: 'Argo CD only reads its configuration ConfigMaps when they carry the label app.kubernetes.io/part-of: argocd.',
  fix: 'Add the label app.kubernetes.io/part-of: argocd.',
  kinds: ['ConfigMap'],
  check(object: ManifestObject): RuleResult {
    if (!ARGOCD_CONFIG_MAPS.includes(object.manifest.metadata?.name)) return 'not-applicable';
    if (object.manifest.metadata?.labels?.['app.kubernetes.io/part-of'] === 'argocd') return 'pass';
    return [{ fieldPath: 'metadata.labels', message: 'The Argo CD ConfigMap lacks the label app.kubernetes.io/part-of: argocd, so Argo CD ignores it. Add the label.' }];
  },
};
