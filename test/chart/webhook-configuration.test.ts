import { Manifest } from '../../src/chart/context';
import { renderWithValues } from '../util/parity';

function configurations(values: Record<string, any>): Manifest[] {
  return renderWithValues(values).filter((object) => object.kind.endsWith('WebhookConfiguration'));
}

describe('webhook configurations', () => {
  test('service client config by default', () => {
    const [mutating, validating] = configurations({});
    expect(mutating.webhooks[0].clientConfig).toEqual({ service: { name: 'cert-manager-webhook', namespace: 'cert-manager', path: '/mutate' } });
    expect(validating.webhooks[0].clientConfig).toEqual({ service: { name: 'cert-manager-webhook', namespace: 'cert-manager', path: '/validate' } });
  });

  test('url host replaces the service', () => {
    const [mutating, validating] = configurations({ webhook: { url: { host: 'webhook.example.com:8443' } } });
    expect(mutating.webhooks[0].clientConfig).toEqual({ url: 'https://webhook.example.com:8443/mutate' });
    expect(validating.webhooks[0].clientConfig).toEqual({ url: 'https://webhook.example.com:8443/validate' });
  });

  test('timeout renders unquoted', () => {
    // The chart prints timeoutSeconds unquoted, so a string of digits becomes a number.
    const [mutating] = configurations({ webhook: { timeoutSeconds: '15' } });
    expect(mutating.webhooks[0].timeoutSeconds).toBe(15);
  });

  test('empty namespace selector is left out', () => {
    const [mutating, validating] = configurations({});
    expect(mutating.webhooks[0].namespaceSelector).toBeUndefined();
    expect(validating.webhooks[0].namespaceSelector.matchExpressions[0].key).toBe('cert-manager.io/disable-validation');
  });

  test('ca injection annotation names the namespace', () => {
    const [mutating] = configurations({ namespace: 'pki', webhook: { mutatingWebhookConfigurationAnnotations: { team: 'pki' } } });
    expect(mutating.metadata.annotations).toEqual({ 'cert-manager.io/inject-ca-from-secret': 'pki/cert-manager-webhook-ca', 'team': 'pki' });
  });
});
