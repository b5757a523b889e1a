import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';

/** Ingresses carry no ingress-nginx `*server-snippet` annotation (CVE-2021-25742). */
export const IngressNoServerSnippet: Check = {
  name: 'IngressNoServerSnippet',
  title: 'Ingresses carry no server-snippet annotations',
  rationale: 'ingress-nginx copies snippet annotations into its configuration, which lets Ingress authors read the controller\'s Secrets (CVE-2021-25742).',
  fix: 'Remove the snippet annotation and use the controller\'s documented annotations instead.',
  kinds: ['Ingress'],
  check(object: ManifestObject): RuleResult {
    const annotations = object.manifest.metadata?.annotations ?? {};
    return resultOf(Object.keys(annotations)
      .filter((key) => key.endsWith('server-snippet'))
      .map((key) => ({ fieldPath: `metadata.annotations["${key}"]`, message: `The annotation "${key}" injects raw configuration into ingress-nginx. Remove it.` })));
  },
};
