import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ComplianceValidation } from '../../src/compliance';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'node_modules', '.bin', 'cdk8s');

/**
 * Creates a cdk8s project in a temporary folder whose app synthesizes a privileged Pod, with the
 * plugin loaded from a local path (the CLI installs npm plugins from the registry, local paths it
 * loads directly). HOME points at the folder, with the CLI's version cache filled, so the CLI does
 * not ask the npm registry for a newer version of itself.
 */
function createProject(properties: Record<string, any>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-plugin-'));
  fs.mkdirSync(path.join(dir, 'plugin'));
  fs.writeFileSync(path.join(dir, 'plugin', 'index.js'), [
    `require(${JSON.stringify(path.join(ROOT, 'node_modules', 'ts-node'))}).register({ transpileOnly: true, project: ${JSON.stringify(path.join(ROOT, 'test', 'tsconfig.json'))} });`,
    `module.exports = require(${JSON.stringify(path.join(ROOT, 'src', 'compliance', 'plugin.ts'))});`,
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'app.js'), [
    `const { App, Chart, ApiObject } = require(${JSON.stringify(path.join(ROOT, 'node_modules', 'cdk8s'))});`,
    'const app = new App();',
    'const chart = new Chart(app, \'demo\');',
    'new ApiObject(chart, \'pod\', { apiVersion: \'v1\', kind: \'Pod\', metadata: { name: \'bad\', namespace: \'apps\' },',
    '  spec: { containers: [{ name: \'c\', image: \'x:1\', securityContext: { privileged: true } }] } });',
    'app.synth();',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'cdk8s.yaml'), JSON.stringify({
    language: 'typescript',
    app: 'node app.js',
    validations: [{ package: './plugin', class: 'ComplianceValidation', version: '0.0.0', properties }],
  }));
  fs.mkdirSync(path.join(dir, 'home'));
  const cliVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'cdk8s-cli', 'package.json'), 'utf-8')).version;
  fs.writeFileSync(path.join(dir, 'home', '.cdk8s-cli.version'), cliVersion);
  return dir;
}

function synth(dir: string): { status: number | null; output: string; report: any } {
  const reportFile = path.join(dir, 'report.json');
  const result = spawnSync(CLI, ['synth', '--validation-reports-output-file', reportFile], {
    cwd: dir,
    env: { ...process.env, HOME: path.join(dir, 'home') },
    encoding: 'utf-8',
  });
  const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf-8')) : undefined;
  return { status: result.status, output: `${result.stdout}${result.stderr}`, report };
}

describe('cdk8s CLI validation plugin', () => {
  test('fails synth on an error-level finding', () => {
    const { status, output, report } = synth(createProject({ packs: ['pss-baseline'] }));

    expect(status).not.toBe(0);
    expect(output).toContain('PSS-baseline-privileged-containers (error)');
    const validation = report.reports[0];
    expect(validation.summary.status).toBe('failure');
    expect(validation.violations[0].violatingConstructs[0]).toMatchObject({
      constructPath: 'demo/pod',
      resourceName: 'bad',
      locations: ['spec.containers[0].securityContext.privileged: Container \'c\' runs privileged. Remove securityContext.privileged or set it to false.'],
    });
  }, 120_000);

  test('passes when the finding is suppressed', () => {
    const { status, report } = synth(createProject({
      packs: ['pss-baseline'],
      suppressions: [{ ruleId: 'PSS-baseline-privileged-containers', reason: 'The test pod needs host devices.', objects: [{ kind: 'Pod', name: 'bad' }] }],
    }));

    expect(status).toBe(0);
    expect(report.reports[0].summary.status).toBe('success');
    expect(report.reports[0].summary.metadata.suppressed).toBe('1');
  }, 120_000);

  test('throws on an unknown pack name', () => {
    expect(() => new ComplianceValidation({ packs: ['cis'] })).toThrow(/Unknown compliance pack\(s\) in properties.packs: cis. Use names from pss-baseline/);
  });

  test('throws on a short suppression reason', () => {
    expect(() => new ComplianceValidation({ suppressions: [{ ruleId: 'CIS-5.1.2', reason: 'ok' }] })).toThrow(/properties.suppressions\[0\] has reason 'ok'/);
  });
});
