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
  buildApp(ComplianceChecks, WARMUP_WORKLOADS, outdir).evaluate();

  const checks = buildApp(ComplianceChecks, workloads, outdir);
  const objects = checks.node.root.node.findAll().filter((construct) => ApiObject.isApiObject(construct)).length;
  let findings = 0;
  const evaluateMs = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    findings = checks.evaluate().length;
    evaluateMs.push(performance.now() - start);
  }
  writeResult({ workloads, objects, findings, evaluateMs });
}

main();
