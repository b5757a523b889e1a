import * as path from 'path';
import { readValuesFile } from '../../../src/values/read-file';
import { FIXTURES, validValuesFiles } from '../fixtures';
import { findingsFor, ofLevel } from './helpers';

function caseFindings(name: string) {
  return findingsFor(readValuesFile(path.join(FIXTURES, 'cases', `${name}.yaml`)));
}

function realWorldFindings(name: string) {
  return findingsFor(readValuesFile(path.join(FIXTURES, 'helm', 'real-world', `${name}.yaml`)));
}

describe('checkValues reported cases', () => {
  test('fails on hostNetwork with kubelet port', () => {
    const [finding, ...rest] = caseFindings('C03-hostnetwork-default-port');
    expect(rest).toEqual([]);
    expect(finding.level).toBe('error');
    expect(finding.path).toBe('webhook.securePort');
    expect(finding.message).toContain('`webhook.securePort` is 10250, which is the port of the kubelet API');
    expect(finding.message).toContain('for example 10260');
  });

  test('fails on automount off without volume', () => {
    const [finding, ...rest] = caseFindings('C06-automount-false-no-volume');
    expect(rest).toEqual([]);
    expect(finding.level).toBe('error');
    expect(finding.path).toBe('serviceAccount.automountServiceAccountToken');
    expect(finding.message).toContain('the controller pods get no ServiceAccount token');
    expect(finding.message).toContain('/var/run/secrets/kubernetes.io/serviceaccount');
  });

  test('fails on cainjector namespace mismatch', () => {
    const [finding, ...rest] = caseFindings('C08-cainjector-namespace-mismatch');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('cainjector.extraArgs[0]');
    expect(finding.message).toContain('"--namespace=cert-manager", but the chart installs cert-manager into namespace "platform-certs"');
    expect(finding.message).toContain('`--namespace=platform-certs`');
  });

  test('fails on legacy securityContext enabled', () => {
    const [finding, ...rest] = caseFindings('C11-legacy-securitycontext-enabled');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('securityContext.enabled');
    expect(finding.message).toContain('`securityContext.enabled` is not a field of the Kubernetes PodSecurityContext (received true)');
  });

  test('fails on installCRDs with crds.enabled', () => {
    const [finding, ...rest] = caseFindings('C17d-installcrds-and-crds-enabled');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('installCRDs');
    expect(finding.message).toContain('`installCRDs` is true and `crds.enabled` is true as well');
  });

  test('fails on installCRDs without keep', () => {
    const [finding, ...rest] = caseFindings('C17e-installcrds-without-keep');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('crds.keep');
    expect(finding.message).toContain('`installCRDs` is true and `crds.keep` is false');
  });

  test('fails on pdb with both limits', () => {
    const [finding, ...rest] = caseFindings('C21b-pdb-both-set');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('podDisruptionBudget.maxUnavailable');
    expect(finding.message).toContain('`podDisruptionBudget.minAvailable` is 1 and `podDisruptionBudget.maxUnavailable` is 1');
  });

  test('fails on webhook timeout 45', () => {
    const [finding, ...rest] = caseFindings('C23-webhook-timeout-out-of-range');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('webhook.timeoutSeconds');
    expect(finding.message).toContain('`webhook.timeoutSeconds` is 45');
    expect(finding.message).toContain('from 1 to 30');
  });

  test('fails on repeated cluster-resource-namespace', () => {
    const [finding, ...rest] = caseFindings('C25-cluster-resource-namespace-dup');
    expect(rest).toEqual([]);
    expect(finding.path).toBe('extraArgs[0]');
    expect(finding.message).toContain('the chart already passes `--cluster-resource-namespace=platform-secrets` to the controller');
    expect(finding.message).toContain('which is the one from extraArgs ("--cluster-resource-namespace=kube-system")');
  });

  test('fails on servicemonitor and podmonitor', () => {
    const [finding, ...rest] = caseFindings('C27b-servicemonitor-and-podmonitor');
    expect(rest).toEqual([]);
    expect(finding.level).toBe('error');
    expect(finding.message).toContain('are both true, but the chart renders at most one of the two monitors');
  });

  test.each([
    'C01-eks-custom-cni-hostnetwork', 'C04-autopilot-leader-election', 'C13-gke-workload-identity', 'C15-feature-gates-split',
    'C17a-crds-enabled-keep', 'C17b-crds-enabled-nokeep', 'C17c-legacy-installcrds', 'C19a-startupapicheck-timeout',
    'C19b-startupapicheck-disabled', 'C21a-pdb-maxunavailable', 'C27a-servicemonitor-labels',
  ])('%s has no findings', (name) => {
    expect(caseFindings(name)).toEqual([]);
  });
});

describe('checkValues real-world files', () => {
  test('servicemonitor with prometheus off warns', () => {
    const findings = realWorldFindings('14-prometheus-off-servicemonitor-on');
    expect(findings).toHaveLength(1);
    expect(findings[0].level).toBe('warning');
    expect(findings[0].path).toBe('prometheus.servicemonitor.enabled');
    expect(findings[0].message).toContain('`prometheus.enabled` is false, so the chart renders no ServiceMonitor');
  });

  test('spread selector of other component warns', () => {
    const findings = realWorldFindings('10-ha-hardened-spread');
    expect(findings.map((finding) => [finding.level, finding.path])).toEqual([
      ['warning', 'webhook.topologySpreadConstraints[0].labelSelector'],
      ['warning', 'cainjector.topologySpreadConstraints[0].labelSelector'],
    ]);
    expect(findings[0].message).toContain('matches none of the webhook pods');
    expect(findings[0].message).toContain('app.kubernetes.io/name=webhook');
    expect(findings[1].message).toContain('app.kubernetes.io/name=cainjector');
  });

  test('old image tags warn', () => {
    const findings = realWorldFindings('12-airgap-mirrored-images');
    expect(findings.map((finding) => [finding.level, finding.path])).toEqual([
      ['warning', 'image.tag'],
      ['warning', 'webhook.image.tag'],
      ['warning', 'cainjector.image.tag'],
      ['warning', 'startupapicheck.image.tag'],
    ]);
    expect(findings[0].message).toContain('`image.tag` is "v1.12.4", which names release 1.12.4');
  });
});

describe('checkValues valid fixtures', () => {
  // These files carry a mistake on purpose, and the checks must report it.
  const expectedErrors: Record<string, string[]> = {
    'helm/matrix/37-crds-half-migrated.yaml': ['installCRDs', 'crds.keep'],
    'cases/C03-hostnetwork-default-port.yaml': ['webhook.securePort'],
    'cases/C06-automount-false-no-volume.yaml': ['serviceAccount.automountServiceAccountToken'],
    'cases/C08-cainjector-namespace-mismatch.yaml': ['cainjector.extraArgs[0]'],
    'cases/C11-legacy-securitycontext-enabled.yaml': ['securityContext.enabled'],
    'cases/C17d-installcrds-and-crds-enabled.yaml': ['installCRDs'],
    'cases/C17e-installcrds-without-keep.yaml': ['crds.keep'],
    'cases/C21b-pdb-both-set.yaml': ['podDisruptionBudget.maxUnavailable'],
    'cases/C23-webhook-timeout-out-of-range.yaml': ['webhook.timeoutSeconds'],
    'cases/C25-cluster-resource-namespace-dup.yaml': ['extraArgs[0]'],
  };

  const expectedWarnings: Record<string, string[]> = {
    'helm/real-world/10-ha-hardened-spread.yaml': [
      'webhook.topologySpreadConstraints[0].labelSelector',
      'cainjector.topologySpreadConstraints[0].labelSelector',
    ],
    'helm/real-world/12-airgap-mirrored-images.yaml': ['image.tag', 'webhook.image.tag', 'cainjector.image.tag', 'startupapicheck.image.tag'],
    'helm/real-world/14-prometheus-off-servicemonitor-on.yaml': ['prometheus.servicemonitor.enabled'],
  };

  test.each(validValuesFiles().map((file) => [path.relative(FIXTURES, file), file]))('%s has only expected findings', (name, file) => {
    const findings = findingsFor(readValuesFile(file));
    expect(ofLevel(findings, 'error').map((finding) => finding.path)).toEqual(expectedErrors[name] ?? []);
    expect(ofLevel(findings, 'warning').map((finding) => finding.path)).toEqual(expectedWarnings[name] ?? []);
  });
});
