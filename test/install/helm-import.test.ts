import * as fs from 'fs';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { CertManager } from '../../src';
import { diffRenderings, FIXTURES, readManifestsFixture, readValuesFixture } from '../util/parity';

function valuesFiles(folder: string): string[] {
  return fs.readdirSync(path.join(FIXTURES, 'helm', folder))
    .filter((file) => /^\d\d-[A-Za-z0-9-]+\.yaml$/.test(file))
    .map((file) => file.replace(/\.yaml$/, ''));
}

/** Matrix files that combine values the library rejects, with the part of the error that names why. */
const REJECTED: Record<string, RegExp> = {
  '37-crds-half-migrated': /installCRDs/,
};

const fixtures = [
  ...valuesFiles('matrix').map((name) => ['matrix', name]),
  ...valuesFiles('real-world').map((name) => ['real-world', name]),
].filter(([, name]) => !(name in REJECTED));

function synthFile(file: string, options: { releaseName?: string; namespace?: string } = {}): any[] {
  const chart = Testing.chart();
  CertManager.fromHelmValuesFile(chart, 'cert-manager', { file, hardened: false, ...options });
  return Testing.synth(chart);
}

describe('helm values import without hardening', () => {
  test.each(fixtures)('reproduces %s/%s from the file', (folder, name) => {
    const expected = readManifestsFixture(`helm/${folder}/${name}.rendered.yaml`);
    const actual = synthFile(path.join(FIXTURES, 'helm', folder, `${name}.yaml`));
    expect(diffRenderings(actual, expected)).toEqual([]);
  });

  test.each(fixtures)('reproduces %s/%s from parsed values', (folder, name) => {
    const expected = readManifestsFixture(`helm/${folder}/${name}.rendered.yaml`);
    const chart = Testing.chart();
    CertManager.fromHelmValues(chart, 'cert-manager', { values: readValuesFixture(`helm/${folder}/${name}.yaml`), hardened: false });
    expect(diffRenderings(Testing.synth(chart), expected)).toEqual([]);
  });

  test('reproduces another release name and namespace', () => {
    const expected = readManifestsFixture('helm/matrix/01-scheduling-ha.release-platform-certs.rendered.yaml');
    const actual = synthFile(path.join(FIXTURES, 'helm', 'matrix', '01-scheduling-ha.yaml'), { releaseName: 'platform-certs', namespace: 'platform-tls' });
    expect(diffRenderings(actual, expected)).toEqual([]);
  });

  test('reproduces the best-practice values', () => {
    const expected = readManifestsFixture('helm/v1.21.1-best-practice.yaml');
    expect(diffRenderings(synthFile(path.join(FIXTURES, 'helm', 'values.best-practice.yaml')), expected)).toEqual([]);
  });

  test('reads defaultMode 0444 as octal', () => {
    const manifests = synthFile(path.join(FIXTURES, 'helm', 'matrix', '23-hardened-pods.yaml'));
    const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'cert-manager');
    const projected = deployment.spec.template.spec.volumes.find((v: any) => v.projected);
    expect(projected.projected.defaultMode).toBe(292);
  });

  test.each(Object.entries(REJECTED))('throws on matrix %s', (name, message) => {
    expect(() => synthFile(path.join(FIXTURES, 'helm', 'matrix', `${name}.yaml`))).toThrow(message);
  });

  test.each(fs.readdirSync(path.join(FIXTURES, 'helm', 'matrix', 'invalid')).filter((f) => f.endsWith('.yaml')))('throws on invalid %s', (file) => {
    expect(() => synthFile(path.join(FIXTURES, 'helm', 'matrix', 'invalid', file))).toThrow();
  });
});

describe('helm values import with hardening', () => {
  test.each(fixtures)('builds %s/%s or names the conflict', (folder, name) => {
    const file = path.join(FIXTURES, 'helm', folder, `${name}.yaml`);
    let manifests: any[] = [];
    try {
      const chart = Testing.chart();
      CertManager.fromHelmValuesFile(chart, 'cert-manager', { file });
      manifests = Testing.synth(chart);
    } catch (error) {
      // A hardened default may conflict with the file; the error must then name a value and a fix.
      expect(String(error)).toMatch(/is invalid:\n- .+\. .+/);
      return;
    }
    const pods = manifests.filter((m) => m.kind === 'Deployment').map((m) => m.spec.template.spec);
    for (const pod of pods) {
      expect(pod.securityContext.runAsNonRoot).toBe(true);
    }
  });

  test('warns about a servicemonitor with prometheus off', () => {
    const chart = Testing.chart();
    const install = CertManager.fromHelmValuesFile(chart, 'cert-manager', {
      file: path.join(FIXTURES, 'helm', 'real-world', '14-prometheus-off-servicemonitor-on.yaml'),
      hardened: false,
    });
    expect(install.warnings.map((w) => w.path)).toContain('prometheus.servicemonitor.enabled');
  });
});
