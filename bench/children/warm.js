// Warm synth of the default CertManager install in one process, as a test suite pays it per
// variant: Testing.chart(), new CertManager(), Testing.synth(), and the same with the compliance
// checks evaluated. The two variants alternate. Usage: node warm.js WARMUP ITERATIONS
'use strict';

const fs = require('fs');
const { Testing } = require('cdk8s');
const { libraryPath } = require('../lib/library');
const { loadComplianceChecks } = require('../lib/compliance');
const { writeResult } = require('../lib/child');

const library = require(libraryPath('index'));
const ComplianceChecks = loadComplianceChecks(library);

/** Runs one install and returns the time of each step in milliseconds. */
function runOnce(withChecks) {
  const start = performance.now();
  const chart = Testing.chart();
  const chartDone = performance.now();
  new library.CertManager(chart, 'cert-manager');
  const checks = withChecks ? new ComplianceChecks(chart.node.root, { reportFormats: [] }) : undefined;
  const constructDone = performance.now();
  Testing.synth(chart);
  const synthDone = performance.now();
  if (checks) {
    checks.evaluate();
  }
  const end = performance.now();
  fs.rmSync(chart.node.root.outdir, { recursive: true, force: true });
  return {
    totalMs: end - start,
    chartMs: chartDone - start,
    constructMs: constructDone - chartDone,
    synthMs: synthDone - constructDone,
    checksMs: end - synthDone,
  };
}

function main() {
  const warmup = Number(process.argv[2]);
  const iterations = Number(process.argv[3]);
  for (let i = 0; i < warmup; i++) {
    runOnce(i % 2 === 1);
  }
  const samples = { plain: [], checks: [] };
  for (let i = 0; i < iterations; i++) {
    samples.plain.push(runOnce(false));
    samples.checks.push(runOnce(true));
  }
  writeResult({ warmup, iterations, samples });
}

main();
