// Time of the compliance checks on an app of generated workloads (a Deployment and a Service
// each). Usage: node checks-scale.js WORKLOADS REPEATS OUTDIR
'use strict';

const { ApiObject, App, Chart } = require('cdk8s');
const { libraryPath } = require('../lib/library');
const { loadComplianceChecks } = require('../lib/compliance');
const { workloadManifests } = require('../lib/workloads');
const { writeResult } = require('../lib/child');

function main() {
  const workloads = Number(process.argv[2]);
  const repeats = Number(process.argv[3]);
  const ComplianceChecks = loadComplianceChecks(require(libraryPath('index')));

  const app = new App({ outdir: process.argv[4] });
  const chart = new Chart(app, 'workloads');
  let objects = 0;
  for (let i = 0; i < workloads; i++) {
    for (const manifest of workloadManifests(i)) {
      new ApiObject(chart, `${manifest.kind}-${manifest.metadata.namespace}-${manifest.metadata.name}`, manifest);
      objects++;
    }
  }
  const checks = new ComplianceChecks(app, { reportFormats: [] });

  // The first run compiles the rules' code paths and is left out.
  let findings = checks.evaluate().length;
  const evaluateMs = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    findings = checks.evaluate().length;
    evaluateMs.push(performance.now() - start);
  }
  writeResult({ workloads, objects, findings, evaluateMs });
}

main();
