import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, IResolver, JsonPatch, ResolutionContext, Testing } from 'cdk8s';
import { CertManager, CertManagerProps } from '../../src';

function build(props: CertManagerProps): () => void {
  return () => new CertManager(Testing.chart(), 'cert-manager', props);
}

describe('invalid props', () => {
  test('throws on replicas at pdb minimum', () => {
    expect(build({ webhook: { replicas: 1 } })).toThrow(
      /webhook\.podDisruptionBudget\.minAvailable is 1 with webhook\.replicas \(chart value webhook\.replicaCount\) 1, so no webhook pod may be evicted/);
  });

  test('throws on port out of range', () => {
    expect(build({ controller: { healthzPort: 70000 } })).toThrow(/healthzPort/);
  });

  test('throws on healthz port equal to metrics port', () => {
    expect(build({ controller: { healthzPort: 9402 } })).toThrow(/controller healthz listener \(controller.healthzPort, config.healthzListenAddress\) and the controller metrics listener \(controller.metricsPort, config.metricsListenAddress\) are both 9402/);
  });

  test('throws on webhook secure port clashing with healthz', () => {
    expect(build({ webhook: { securePort: 6080 } })).toThrow(/webhook secure port \(webhook.securePort\) and the webhook healthz port \(webhook.config.healthzPort\) are both 6080/);
  });

  test('throws on namespace that is not a dns label', () => {
    expect(build({ namespace: 'Cert_Manager' })).toThrow(/namespace 'Cert_Manager' is not a valid Kubernetes namespace name/);
  });

  test('throws on release name that is too long', () => {
    expect(build({ releaseName: 'a'.repeat(54) })).toThrow(/is not a valid Helm release name/);
  });

  test('names the construct path', () => {
    expect(build({ namespace: 'UPPER' })).toThrow(/^test\/cert-manager: /);
  });
});

describe('failed synth', () => {
  test('writes no file', () => {
    // GIVEN an app whose outdir is empty
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-synth-'));
    const app = new App({ outdir });
    const chart = new Chart(app, 'install');

    // WHEN the install is invalid
    expect(() => new CertManager(chart, 'cert-manager', { cainjector: { replicas: 1 } })).toThrow(/cainjector/);
    expect(() => app.synth()).not.toThrow();

    // THEN no manifest file was written for it
    expect(fs.readdirSync(outdir).filter((f) => fs.readFileSync(path.join(outdir, f), 'utf8').includes('cert-manager'))).toEqual([]);
  });
});

describe('synth-time port checks', () => {
  test('fails when a patch moves the healthz port', () => {
    // GIVEN an install whose controller port is patched away from its listener
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-synth-'));
    const app = new App({ outdir });
    const install = new CertManager(new Chart(app, 'install'), 'cert-manager');
    const deployment = install.findObject('Deployment', 'cert-manager');
    deployment.addJsonPatch(JsonPatch.replace('/spec/template/spec/containers/0/ports/1/containerPort', 9555));

    // WHEN the app synthesizes, THEN synth fails and writes nothing
    expect(() => app.synth()).toThrow(/serves \/livez on port 9403, but its http-healthz port is 9555/);
    expect(fs.readdirSync(outdir)).toEqual([]);
  });

  test('fails when a probe targets an undeclared port', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-synth-')) });
    const install = new CertManager(new Chart(app, 'install'), 'cert-manager');
    install.findObject('Deployment', 'cert-manager-webhook')
      .addJsonPatch(JsonPatch.replace('/spec/template/spec/containers/0/livenessProbe/httpGet/port', 'missing'));
    expect(() => app.synth()).toThrow(/livenessProbe of container 'cert-manager-webhook' targets port "missing"/);
  });

  test('fails when an app resolver moves a port that no patch touches', () => {
    // GIVEN a resolver of the app that rewrites the webhook's https port
    const moveHttps: IResolver = {
      resolve(context: ResolutionContext) {
        if (context.obj.name === 'cert-manager-webhook' && context.obj.kind === 'Deployment' && context.key.join('/') === 'spec/template/spec/containers/0/ports/0/containerPort' && context.value !== 10999) {
          context.replaceValue(10999);
        }
      },
    };
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-synth-')), resolvers: [moveHttps] });
    new CertManager(new Chart(app, 'install'), 'cert-manager');

    // WHEN the app synthesizes, THEN the port checks see the resolved value
    expect(() => app.synth()).toThrow(/serves on --secure-port=10250, but its https port is 10999/);
  });

  test('fails when a patch moves the ingress port of a NetworkPolicy', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-synth-')) });
    const install = new CertManager(new Chart(app, 'install'), 'cert-manager');
    install.findObject('NetworkPolicy', 'cert-manager-allow-ingress')
      .addJsonPatch(JsonPatch.replace('/spec/ingress/0/ports/0/port', 9555));
    expect(() => app.synth()).toThrow(/NetworkPolicy cert-manager-allow-ingress: ingress port 9555 is not served/);
  });
});

describe('warnings', () => {
  test('another version is reported', () => {
    const install = new CertManager(Testing.chart(), 'cert-manager', { version: 'v1.22.0' });
    expect(install.warnings.map((w) => w.path)).toEqual(['version']);
    expect(install.warnings[0].message).toMatch(/version is 'v1.22.0', but the objects are those of cert-manager v1.21.1/);
  });

  test('the modelled version has no warning', () => {
    expect(new CertManager(Testing.chart(), 'cert-manager').warnings).toEqual([]);
  });
});

describe('find object', () => {
  test('throws with the names of that kind', () => {
    const install = new CertManager(Testing.chart(), 'cert-manager');
    expect(() => install.findObject('Deployment', 'missing')).toThrow(/The Deployment objects are: cert-manager, cert-manager-webhook, cert-manager-cainjector\./);
  });

  test('throws with the kind spelled right', () => {
    const install = new CertManager(Testing.chart(), 'cert-manager');
    expect(() => install.findObject('deployment', 'cert-manager')).toThrow(/Kinds are case-sensitive: use 'Deployment'\./);
  });
});
