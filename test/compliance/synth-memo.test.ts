import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, ApiObjectProps, App, Chart, JsonPatch } from 'cdk8s';
import { deployment } from './manifests';
import { ComplianceChecks, CompliancePack } from '../../src/compliance';
import { sameJson } from '../../src/compliance/private/same-json';

describe('checks at synth', () => {
  function setup() {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-memo-')) });
    const object = new ApiObject(new Chart(app, 'workloads'), 'app', deployment() as ApiObjectProps);
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE], reportFormats: [] });
    return { object, checks };
  }

  test('a second validation of unchanged objects gives the same messages', () => {
    const { checks } = setup();
    expect(checks.node.validate()).toEqual([]);
    expect(checks.node.validate()).toEqual([]);
  });

  test('a validation after a patch checks the patched object', () => {
    // GIVEN a passing app that was validated once
    const { object, checks } = setup();
    expect(checks.node.validate()).toEqual([]);

    // WHEN a patch makes the pod privileged
    object.addJsonPatch(JsonPatch.add('/spec/template/spec/containers/0/securityContext/privileged', true));

    // THEN the next validation reports it
    const messages = checks.node.validate();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/PSS-baseline-privileged-containers: Container 'app' runs privileged/);
  });
});

describe('sameJson', () => {
  test.each([
    [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }],
    [[], []],
    [null, null],
    ['text', 'text'],
  ])('equal: %j and %j', (a, b) => {
    expect(sameJson(a, b)).toBe(true);
  });

  test.each([
    [{ a: 1 }, { a: 2 }],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: 1, b: 2 }, { a: 1, c: 2 }],
    [[1, 2], [2, 1]],
    [[1], { 0: 1 }],
    [null, {}],
    [{ a: 1, b: 2 }, { a: 1, b: '2' }],
    ['1', 1],
  ])('different: %j and %j', (a, b) => {
    expect(sameJson(a, b)).toBe(false);
  });
});
