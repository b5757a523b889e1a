import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, JsonPatch, Testing } from 'cdk8s';
import { CertManager, CertManagerProps, ComplianceChecks } from '../../src';
import { synthFromValues } from '../util/install';

function build(props: CertManagerProps): () => void {
  return () => new CertManager(Testing.chart(), 'cert-manager', props);
}

function fromValues(values: Record<string, any>): () => void {
  return () => CertManager.fromHelmValues(Testing.chart(), 'cert-manager', { values });
}

/** Patches one object of a default install and returns what synth throws, writing into a temp folder. */
function synthPatched(kind: string, name: string, patch: JsonPatch): { run: () => void; outdir: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-patched-'));
  const app = new App({ outdir });
  const install = new CertManager(new Chart(app, 'install'), 'cert-manager');
  install.findObject(kind, name).addJsonPatch(patch);
  return { run: () => app.synth(), outdir };
}

describe('input the chart renders silently', () => {
  test('throws on a second install in the app', () => {
    const chart = Testing.chart();
    new CertManager(chart, 'first');
    expect(() => new CertManager(chart, 'second')).toThrow(/already contains a cert-manager install at test\/first/);
  });

  test('throws on non-string extra args', () => {
    expect(fromValues({ extraArgs: [1, 2] })).toThrow(/extraArgs\[0\] is 1, but container arguments must be strings/);
  });

  test('throws on invalid leader election namespace', () => {
    expect(fromValues({ global: { leaderElection: { namespace: 'Bad' } } })).toThrow(/global\.leaderElection\.namespace 'Bad' is not a valid namespace name/);
  });

  test('throws on invalid cluster resource namespace', () => {
    expect(fromValues({ clusterResourceNamespace: 'Bad' })).toThrow(/clusterResourceNamespace 'Bad' is not a valid namespace name/);
  });

  test('throws on pod labels that break the selector', () => {
    expect(fromValues({ podLabels: { 'app.kubernetes.io/name': 'x' } })).toThrow(/podLabels\.app\.kubernetes\.io\/name is 'x', but the controller selector requires 'cert-manager'/);
  });

  test('throws on an invalid label key', () => {
    expect(fromValues({ podLabels: { 'bad key!': 'x' } })).toThrow(/podLabels has the key 'bad key!', which is not a valid label key/);
  });

  test('throws on a trailing slash in the registry', () => {
    expect(fromValues({ imageRegistry: 'registry.example.com/' })).toThrow(/imageRegistry 'registry.example.com\/' starts or ends with '\/'/);
  });

  test('throws on a request above its limit', () => {
    expect(fromValues({ resources: { requests: { cpu: '2' }, limits: { cpu: '1' } } })).toThrow(/resources\.requests\.cpu \(2\) is above resources\.limits\.cpu \(1\)/);
  });

  test('throws on a mount of a missing volume', () => {
    expect(() => CertManager.fromHelmValues(Testing.chart(), 'cert-manager', {
      values: { volumeMounts: [{ name: 'nope', mountPath: '/x' }] },
      hardened: false,
    })).toThrow(/volumeMounts\[0\] mounts volume 'nope', which volumes does not define/);
  });

  test('throws on a version that is no release tag', () => {
    expect(build({ version: '' })).toThrow(/version '' is not a cert-manager release tag/);
    expect(build({ version: '1.21.1' })).toThrow(/version '1.21.1' is not a cert-manager release tag/);
  });

  test('throws on a webhook without replicas', () => {
    expect(build({ webhook: { replicas: 0, podDisruptionBudget: { enabled: false } } })).toThrow(/webhook\.replicas \(chart value webhook\.replicaCount\) is 0, so every create or update/);
  });

  test('warns on a controller without replicas', () => {
    const install = new CertManager(Testing.chart(), 'cert-manager', { controller: { replicas: 0 } });
    expect(install.warnings.map((w) => w.path)).toContain('replicaCount');
  });

  test('null prometheus flag needs no metrics ingress', () => {
    const manifests = synthFromValues({ prometheus: { enabled: null } });
    const policy = manifests.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'cert-manager-webhook-allow-ingress');
    expect(JSON.stringify(policy.spec.ingress)).not.toContain('http-metrics');
  });
});

describe('hardening undone by values', () => {
  test('warns per hardened default set back to the chart default', () => {
    const install = CertManager.fromHelmValues(Testing.chart(), 'cert-manager', {
      values: { replicaCount: 1, podDisruptionBudget: { enabled: false } },
    });
    const paths = install.warnings.map((w) => w.path);
    expect(paths).toContain('replicaCount');
    expect(install.warnings.find((w) => w.path === 'replicaCount')?.message).toMatch(/replicaCount is set to the chart's default 1, which replaces the hardened 2/);
    expect(install.hardeningDefaults.map((d) => d.path)).not.toContain('replicaCount');
  });
});

describe('json patches checked at synth', () => {
  test.each([
    ['replicas at the budget', 'Deployment', 'cert-manager', JsonPatch.replace('/spec/replicas', 1), /the budget lets none be evicted/],
    ['webhook on the kubelet port', 'Deployment', 'cert-manager-webhook', JsonPatch.add('/spec/template/spec/hostNetwork', true), /listens on port 10250 on the host network/],
    ['removed token volume', 'Deployment', 'cert-manager', JsonPatch.remove('/spec/template/spec/volumes'), /mounts volume 'serviceaccount-token', which the pod does not define/],
    ['secure port flag', 'Deployment', 'cert-manager-webhook', JsonPatch.add('/spec/template/spec/containers/0/args/-', '--secure-port=9999'), /serves on --secure-port=9999, but its https port is 10250/],
    ['liveness on metrics', 'Deployment', 'cert-manager', JsonPatch.replace('/spec/template/spec/containers/0/livenessProbe/httpGet/port', 'http-metrics'), /targets "http-metrics", but \/livez is served on http-healthz/],
  ])('fails on %s', (_name, kind, name, patch, message) => {
    const { run, outdir } = synthPatched(kind as string, name as string, patch as JsonPatch);
    expect(run).toThrow(message as RegExp);
    expect(fs.readdirSync(outdir)).toEqual([]);
  });
});

describe('typed props in messages', () => {
  test('names the prop the user wrote', () => {
    expect(build({ controller: { replicas: 1 } })).toThrow(/with controller\.replicas \(chart value replicaCount\) 1/);
  });

  test('keeps list indexes with the prop', () => {
    expect(build({ controller: { extraArgs: ['--v=5'] } })).toThrow(/controller\.extraArgs\[0\] \(chart value extraArgs\[0\]\)/);
  });

  test('keeps the token volume when volumes are emptied', () => {
    const manifests = Testing.synth((() => {
      const chart = Testing.chart();
      new CertManager(chart, 'cert-manager', { controller: { volumes: [] } });
      return chart;
    })());
    const deployment = manifests.find((m: any) => m.kind === 'Deployment' && m.metadata.name === 'cert-manager');
    expect(deployment.spec.template.spec.volumes.map((v: any) => v.name)).toEqual(['serviceaccount-token']);
  });
});

describe('message details', () => {
  test('throws naming ComplianceChecks.of on a second instance', () => {
    const app = Testing.app();
    new ComplianceChecks(app);
    expect(() => new ComplianceChecks(app)).toThrow(/already has ComplianceChecks\. Use ComplianceChecks\.of\(app\)/);
    expect(ComplianceChecks.of(app)).toBeInstanceOf(ComplianceChecks);
  });

  test('shows NaN as NaN', () => {
    expect(build({ controller: { replicas: NaN } })).toThrow(/NaN/);
  });

  test('suggests the healthz default for a bad healthz address', () => {
    expect(build({ controller: { config: { healthzListenAddress: 'nonsense' } } })).toThrow(/for example '0\.0\.0\.0:9403'/);
  });
});
