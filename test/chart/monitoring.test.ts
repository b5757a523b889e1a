import { Manifest } from '../../src/chart/context';
import { readValuesFixture, renderWithValues } from '../util/parity';

function monitors(values: Record<string, any>): Manifest[] {
  return renderWithValues(values).filter((object) => object.kind === 'ServiceMonitor' || object.kind === 'PodMonitor');
}

describe('prometheus monitors', () => {
  test('throws when both monitors enabled', () => {
    const values = readValuesFixture('helm/matrix/invalid/01-servicemonitor-and-podmonitor.yaml');
    expect(() => renderWithValues(values))
      .toThrow(/prometheus\.servicemonitor\.enabled and prometheus\.podmonitor\.enabled are both true/);
  });

  test('both monitors with prometheus off render nothing', () => {
    expect(monitors({ prometheus: { enabled: false, servicemonitor: { enabled: true }, podmonitor: { enabled: true } } })).toEqual([]);
  });

  test('servicemonitor omits empty interval and instance', () => {
    const [monitor] = monitors({ prometheus: { servicemonitor: { enabled: true, interval: '', scrapeTimeout: '', prometheusInstance: '' } } });
    expect(monitor.kind).toBe('ServiceMonitor');
    expect(monitor.spec.endpoints).toEqual([{ targetPort: 'http-metrics', path: '/metrics', honorLabels: false }]);
    expect(monitor.metadata.labels.prometheus).toBeUndefined();
  });

  test('monitor in other namespace selects release namespace', () => {
    const [monitor] = monitors({ prometheus: { podmonitor: { enabled: true, namespace: 'monitoring' } } });
    expect(monitor.kind).toBe('PodMonitor');
    expect(monitor.metadata.namespace).toBe('monitoring');
    expect(monitor.spec.namespaceSelector).toEqual({ matchNames: ['cert-manager'] });
  });

  test('endpoint properties merge into endpoint', () => {
    const [monitor] = monitors({
      prometheus: { podmonitor: { enabled: true, honorLabels: 'true', endpointAdditionalProperties: { scheme: 'https' } } },
    });
    expect(monitor.spec.podMetricsEndpoints).toEqual([
      { port: 'http-metrics', path: '/metrics', interval: '60s', scrapeTimeout: '30s', honorLabels: true, scheme: 'https' },
    ]);
  });
});
