// Warm synth of the default CertManager install in one process, as a test suite pays it per
// variant: Testing.chart(), new CertManager(), Testing.synth(), and the same with the compliance
// checks added to the app, which then run inside Testing.synth(). The two variants alternate.
// Usage: node warm.js WARMUP ITERATIONS [SUPPRESSIONS_FILE]
'use strict';

const fs = require('fs');
const { Testing } = require('cdk8s');
const { libraryPath } = require('../lib/library');
const { loadComplianceChecks, readSuppressions } = require('../lib/compliance');
const { writeResult } = require('../lib/child');

const library = require(libraryPath('index'));
const ComplianceChecks = loadComplianceChecks(library);
const suppressions = readSuppressions(process.argv[4]);

/** Runs one install and returns the time of each step in milliseconds. */
function runOnce(withChecks) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const chart = Testing.chart();
  const chartDone = performance.now();
  new library.CertManager(chart, 'cert-manager');
  if (withChecks) {
    new ComplianceChecks(chart.node.root, { reportFormats: [], suppressions });
  }
  const constructDone = performance.now();
  Testing.synth(chart);
  const end = performance.now();
  const cpu = process.cpuUsage(cpuStart);
  fs.rmSync(chart.node.root.outdir, { recursive: true, force: true });
  return {
    totalMs: end - start,
    cpuMs: (cpu.user + cpu.system) / 1000,
    chartMs: chartDone - start,
    constructMs: constructDone - chartDone,
    synthMs: end - constructDone,
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
