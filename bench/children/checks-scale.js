// Time of the compliance checks on an app of generated workloads (a Deployment and a Service
// each). Usage: node checks-scale.js WORKLOADS REPEATS OUTDIR
'use strict';

const { ApiObject, App, Chart } = require('cdk8s');
const { libraryPath } = require('../lib/library');
const { loadComplianceChecks } = require('../lib/compliance');
const { workloadManifests } = require('../lib/workloads');
const { writeResult } = require('../lib/child');

const WARMUP_WORKLOADS = 100;

/** Returns an app of `workloads` generated workloads with the compliance checks added. */
function buildApp(ComplianceChecks, workloads, outdir) {
  const app = new App({ outdir });
  const chart = new Chart(app, 'workloads');
  for (let i = 0; i < workloads; i++) {
    for (const manifest of workloadManifests(i)) {
      new ApiObject(chart, `${manifest.kind}-${manifest.metadata.namespace}-${manifest.metadata.name}`, manifest);
    }
  }
  return new ComplianceChecks(app, { reportFormats: [] });
}

function main() {
  const workloads = Number(process.argv[2]);
  const repeats = Number(process.argv[3]);
  const outdir = process.argv[4];
  const ComplianceChecks = loadComplianceChecks(require(libraryPath('index')));

  // A small app runs first, so that the timed runs measure compiled code and not the warm-up.
  const warmup = buildApp(ComplianceChecks, WARMUP_WORKLOADS, outdir);
  warmup.node.validate();
  warmup.evaluate();

  const objects = buildApp(ComplianceChecks, workloads, outdir).node.root.node.findAll()
    .filter((construct) => ApiObject.isApiObject(construct)).length;
  let findings = 0;
  let errors = 0;
  const validateMs = [];
  const evaluateMs = [];
  for (let i = 0; i < repeats; i++) {
    // What synth pays: the validation that cdk8s runs, on an app whose checks have not run yet.
    const checks = buildApp(ComplianceChecks, workloads, outdir);
    let start = performance.now();
    errors = checks.node.validate().length;
    validateMs.push(performance.now() - start);
    // What listing every finding, passes included, pays on top of a run.
    start = performance.now();
    findings = checks.evaluate().length;
    evaluateMs.push(performance.now() - start);
  }
  writeResult({ workloads, objects, findings, errors, validateMs, evaluateMs });
}

main();
