import { isArgo } from './argo-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Argo CD Applications and AppProjects live in the `argocd` namespace. */
export const ArgoAppInArgoCdNamespace: Check = {
  name: 'ArgoAppInArgoCdNamespace',
  title: 'Argo CD Applications live in the argocd namespace',
  rationale: 'By default Argo CD only watches Applications and AppProjects in its own namespace.',
  fix: 'Set metadata.namespace to argocd.',
  kinds: ['Application', 'AppProject'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Application', 'AppProject'])) return 'not-applicable';
    if (object.manifest.metadata?.namespace === 'argocd') return 'pass';
    return [{ fieldPath: 'metadata.namespace', message: `The ${object.manifest.kind} is in namespace ${object.manifest.metadata?.namespace ?? '(unset)'}. Set metadata.namespace to argocd.` }];
  },
};
