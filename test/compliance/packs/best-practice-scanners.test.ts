import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Include } from 'cdk8s';
import { ComplianceChecks, ComplianceFinding, CompliancePack, FindingStatus } from '../../../src/compliance';

const RENDERING = path.join(__dirname, '..', '..', 'fixtures', 'helm', 'v1.21.1-best-practice.yaml');

/** Runs the scanner packs over the chart's best-practice rendering, imported as plain ApiObjects. */
function evaluateRendering(): ComplianceFinding[] {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'best-practice-scanners-')) });
  new Include(new Chart(app, 'chart'), 'cert-manager', { url: RENDERING });
  const packs = [CompliancePack.DATREE, CompliancePack.KYVERNO, CompliancePack.POLARIS, CompliancePack.KUBE_SCORE];
  return new ComplianceChecks(app, { packs }).evaluate();
}

/** `<kind>/<name> <status>` of every finding of one rule. */
function outcomes(findings: ComplianceFinding[], ruleId: string): string[] {
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.kind}/${finding.name} ${finding.status}`);
}

const DEPLOYMENTS = ['Deployment/cert-manager', 'Deployment/cert-manager-webhook', 'Deployment/cert-manager-cainjector'];

describe('scanner packs on the best-practice rendering', () => {
  const findings = evaluateRendering();

  test('fails resources on every workload', () => {
    for (const ruleId of ['POLARIS-cpuLimitsMissing', 'KUBESCORE-container-resources', 'DATREE-CONTAINERS_MISSING_MEMORY_LIMIT_KEY', 'KYVERNO-best-practices/require-pod-requests-limits']) {
      expect(new Set(outcomes(findings, ruleId))).toEqual(new Set([...DEPLOYMENTS, 'Job/cert-manager-startupapicheck'].map((object) => `${object} fail`)));
    }
  });

  test('fails topology spread and anti-affinity on the deployments', () => {
    expect(new Set(outcomes(findings, 'POLARIS-topologySpreadConstraint'))).toEqual(new Set(DEPLOYMENTS.map((object) => `${object} fail`)));
    expect(new Set(outcomes(findings, 'KUBESCORE-deployment-has-host-podantiaffinity'))).toEqual(new Set(DEPLOYMENTS.map((object) => `${object} fail`)));
  });

  test('fails network policy only for the startupapicheck job', () => {
    // One finding per missing direction: neither ingress nor egress of the job is restricted.
    const failing = outcomes(findings, 'POLARIS-missingNetworkPolicy').filter((outcome) => outcome.endsWith(FindingStatus.FAIL));
    expect(failing).toEqual(['Job/cert-manager-startupapicheck fail', 'Job/cert-manager-startupapicheck fail']);
  });

  test('fails probes only where the chart sets none', () => {
    expect(outcomes(findings, 'POLARIS-livenessProbeMissing').filter((outcome) => outcome.endsWith(FindingStatus.FAIL)))
      .toEqual(['Deployment/cert-manager-cainjector fail']);
    expect(outcomes(findings, 'KYVERNO-best-practices/require-probes').filter((outcome) => outcome.endsWith(FindingStatus.FAIL)))
      .toEqual(['Deployment/cert-manager-cainjector fail']);
  });

  test('passes what the best-practice values set', () => {
    for (const ruleId of ['POLARIS-missingPodDisruptionBudget', 'POLARIS-automountServiceAccountToken', 'POLARIS-priorityClassNotSet',
      'POLARIS-deploymentMissingReplicas', 'POLARIS-runAsRootAllowed', 'KUBESCORE-container-image-tag', 'KUBESCORE-stable-version',
      'DATREE-K8S_REMOVED_APIVERSION_1.25', 'KYVERNO-pod-security/subrule/restricted/restricted-latest']) {
      const statuses = new Set(findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.status));
      expect(`${ruleId} ${[...statuses].join(',')}`).toBe(`${ruleId} pass`);
    }
  });

  test('reports datree go extension rules as not evaluated', () => {
    const statuses = new Set(findings.filter((finding) => finding.ruleId === 'DATREE-CIS_INVALID_VALUE_CREATE_POD').map((finding) => finding.status));
    expect([...statuses]).toEqual([FindingStatus.NOT_EVALUATED]);
  });
});
