// Cold synth of the default CertManager install in a new process, optionally with the compliance
// checks and the suppressions in SUPPRESSIONS_FILE. Usage: node cold-install.js OUTDIR [--checks [SUPPRESSIONS_FILE]]
'use strict';

const phases = { bootMs: performance.now() };
const { ApiObject, App, Chart } = require('cdk8s');
const { libraryPath } = require('../lib/library');
const { loadComplianceChecks, readSuppressions } = require('../lib/compliance');
const { writeResult } = require('../lib/child');

const checksFlag = process.argv.indexOf('--checks');
const withChecks = checksFlag >= 0;
const suppressions = withChecks ? readSuppressions(process.argv[checksFlag + 1]) : [];
const library = require(libraryPath('index'));
const ComplianceChecks = withChecks ? loadComplianceChecks(library) : undefined;
phases.loadMs = performance.now() - phases.bootMs;
let mark = performance.now();

const app = new App({ outdir: process.argv[2] });
const chart = new Chart(app, 'bench');
new library.CertManager(chart, 'cert-manager');
if (ComplianceChecks) {
  // The checks run inside app.synth(), as a validation of the app.
  new ComplianceChecks(app, { suppressions });
}
phases.constructMs = performance.now() - mark;
mark = performance.now();

app.synth();
phases.synthMs = performance.now() - mark;

const objects = app.node.findAll().filter((construct) => ApiObject.isApiObject(construct)).length;
writeResult({ objects, phases });
