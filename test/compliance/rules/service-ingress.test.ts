import { NginxConfigMapDisallowsSnippets } from '../../../src/compliance/rules/configmap/NginxConfigMapDisallowsSnippets';
import { EndpointSliceNoLocalAddresses } from '../../../src/compliance/rules/endpointslice/EndpointSliceNoLocalAddresses';
import { IngressBackendServiceExists } from '../../../src/compliance/rules/ingress/IngressBackendServiceExists';
import { IngressHasTls } from '../../../src/compliance/rules/ingress/IngressHasTls';
import { IngressHostNotWildcard } from '../../../src/compliance/rules/ingress/IngressHostNotWildcard';
import { IngressHostsUnique } from '../../../src/compliance/rules/ingress/IngressHostsUnique';
import { IngressNoServerSnippet } from '../../../src/compliance/rules/ingress/IngressNoServerSnippet';
import { IngressRulesHaveHost } from '../../../src/compliance/rules/ingress/IngressRulesHaveHost';
import { ServiceNoExternalIps } from '../../../src/compliance/rules/service/ServiceNoExternalIps';
import { ServiceNotNodePort } from '../../../src/compliance/rules/service/ServiceNotNodePort';
import { ServiceSelectsPods } from '../../../src/compliance/rules/service/ServiceSelectsPods';
import { deployment, service } from '../manifests';
import { Case, configMap, messagesOf, outcomeOf } from './outcome';

function svc(spec: Record<string, any>, apiVersion = 'v1'): Record<string, any> {
  return { apiVersion, kind: 'Service', metadata: { name: 'app', namespace: 'apps' }, spec: { ports: [{ port: 80 }], ...spec } };
}

function ingress(rules: any[], extra: Record<string, any> = {}, name = 'web'): Record<string, any> {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: 'apps', ...extra.metadata },
    spec: { rules, ...extra.spec },
  };
}

function rule(host: string | undefined, serviceName = 'app'): Record<string, any> {
  return { ...(host === undefined ? {} : { host }), http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: serviceName, port: { number: 80 } } } }] } };
}

function slice(addresses: string[]): Record<string, any> {
  return { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 's', namespace: 'apps' }, addressType: 'IPv4', endpoints: [{ addresses }] };
}

const CASES: Case[] = [
  ['node port fails on NodePort', ServiceNotNodePort, [svc({ type: 'NodePort' })], 'fail'],
  ['node port passes on ClusterIP', ServiceNotNodePort, [svc({ type: 'ClusterIP' })], 'pass'],
  ['node port skips knative services', ServiceNotNodePort, [svc({ type: 'NodePort' }, 'serving.knative.dev/v1')], 'not-applicable'],
  ['external ips fail when set', ServiceNoExternalIps, [svc({ externalIPs: ['203.0.113.10'] })], 'fail'],
  ['external ips pass when unset', ServiceNoExternalIps, [svc({})], 'pass'],
  ['service selector passes on matching pods', ServiceSelectsPods, [service(), deployment()], 'pass'],
  ['service selector fails without pods', ServiceSelectsPods, [service()], 'fail'],
  ['service selector fails across namespaces', ServiceSelectsPods, [service(), { ...deployment(), metadata: { name: 'app', namespace: 'other' } }], 'fail'],
  ['service without selector is not applicable', ServiceSelectsPods, [svc({})], 'not-applicable'],
  ['wildcard host fails', IngressHostNotWildcard, [ingress([rule('*')])], 'fail'],
  ['named host passes wildcard check', IngressHostNotWildcard, [ingress([rule('a.example.com')])], 'pass'],
  ['rules without host fail', IngressRulesHaveHost, [ingress([rule('a.example.com'), rule(undefined)])], 'fail'],
  ['rules with hosts pass', IngressRulesHaveHost, [ingress([rule('a.example.com')])], 'pass'],
  ['ingress without rules is not applicable', IngressRulesHaveHost, [ingress([], { spec: { defaultBackend: { service: { name: 'app', port: { number: 80 } } } } })], 'not-applicable'],
  ['tls passes when set', IngressHasTls, [ingress([rule('a.example.com')], { spec: { tls: [{ hosts: ['a.example.com'], secretName: 'a-tls' }] } })], 'pass'],
  ['tls fails when missing', IngressHasTls, [ingress([rule('a.example.com')])], 'fail'],
  ['server snippet fails', IngressNoServerSnippet, [ingress([rule('a.example.com')], { metadata: { annotations: { 'nginx.ingress.kubernetes.io/server-snippet': 'x' } } })], 'fail'],
  ['other annotations pass snippet check', IngressNoServerSnippet, [ingress([rule('a.example.com')], { metadata: { annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' } } })], 'pass'],
  ['backend passes when the service exists', IngressBackendServiceExists, [ingress([rule('a.example.com')]), service()], 'pass'],
  ['backend fails when the service is missing', IngressBackendServiceExists, [ingress([rule('a.example.com', 'ghost')]), service()], 'fail'],
  ['hosts unique pass alone', IngressHostsUnique, [ingress([rule('a.example.com')]), ingress([rule('b.example.com')], {}, 'other')], 'pass'],
  ['hosts unique fail on a clash', IngressHostsUnique, [ingress([rule('a.example.com')]), ingress([rule('a.example.com')], {}, 'other')], 'fail'],
  ['nginx configmap passes with snippets off', NginxConfigMapDisallowsSnippets, [configMap('ingress-nginx-controller', { 'allow-snippet-annotations': 'false' }, 'ingress-nginx')], 'pass'],
  ['nginx configmap fails with snippets on', NginxConfigMapDisallowsSnippets, [configMap('ingress-nginx-controller', { 'allow-snippet-annotations': 'true' }, 'ingress-nginx')], 'fail'],
  ['nginx configmap fails when unset', NginxConfigMapDisallowsSnippets, [configMap('nginx-config', {})], 'fail'],
  ['other configmaps are not applicable', NginxConfigMapDisallowsSnippets, [configMap('settings', {})], 'not-applicable'],
  ['endpoint slice fails on loopback', EndpointSliceNoLocalAddresses, [slice(['10.0.0.1', '127.0.0.1'])], 'fail'],
  ['endpoint slice fails on link-local', EndpointSliceNoLocalAddresses, [slice(['169.254.169.254'])], 'fail'],
  ['endpoint slice passes on pod addresses', EndpointSliceNoLocalAddresses, [slice(['10.0.0.1'])], 'pass'],
];

describe('Service, Ingress and related checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test('backend message names the missing service', () => {
    const [message] = messagesOf(IngressBackendServiceExists, [ingress([rule('a.example.com', 'ghost')])]);
    expect(message).toContain('spec.rules[0].http.paths[0].backend');
    expect(message).toContain('"ghost"');
  });
});
