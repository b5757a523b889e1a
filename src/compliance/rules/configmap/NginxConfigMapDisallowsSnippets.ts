import { Check, ManifestObject, RuleResult } from '../../rule';

const NGINX_CONFIG_NAMES = ['nginx-config', 'nginx-conf', 'ingress-nginx-controller'];
const NGINX_NAMESPACES = ['ingress-nginx', 'nginx-ingress'];

/** The ingress-nginx configuration ConfigMap sets `allow-snippet-annotations: "false"` (CVE-2021-25742). */
export const NginxConfigMapDisallowsSnippets: Check = {
  name: 'NginxConfigMapDisallowsSnippets',
  title: 'ingress-nginx configuration turns snippet annotations off',
  rationale: 'With snippet annotations allowed, anyone who can write an Ingress can read the controller\'s Secrets (CVE-2021-25742).',
  fix: 'Set data.allow-snippet-annotations to "false" in the controller\'s ConfigMap.',
  kinds: ['ConfigMap'],
  check(object: ManifestObject): RuleResult {
    const metadata = object.manifest.metadata ?? {};
    if (!NGINX_CONFIG_NAMES.includes(metadata.name) && !NGINX_NAMESPACES.includes(metadata.namespace)) return 'not-applicable';
    const value = object.manifest.data?.['allow-snippet-annotations'];
    if (value === 'false') return 'pass';
    return [{
      fieldPath: 'data["allow-snippet-annotations"]',
      message: `allow-snippet-annotations is ${value === undefined ? 'unset' : `"${value}"`}. Set it to "false".`,
    }];
  },
};
