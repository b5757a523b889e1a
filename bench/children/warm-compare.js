// Warm synth of two builds of the library in one process, alternating run by run, so that both
// see the same machine load. Usage: node warm-compare.js DIR_A DIR_B WARMUP ITERATIONS SUPPRESSIONS_A SUPPRESSIONS_B
'use strict';

const fs = require('fs');
const path = require('path');
const { Testing } = require('cdk8s');
const { loadComplianceChecksFrom, readSuppressions } = require('../lib/compliance');
const { writeResult } = require('../lib/child');

const [dirA, dirB] = [process.argv[2], process.argv[3]].map((dir) => path.resolve(dir));
const warmup = Number(process.argv[4]);
const iterations = Number(process.argv[5]);
const suppressionFiles = [process.argv[6], process.argv[7]];

const builds = [dirA, dirB].map((dir, i) => {
  const library = require(path.join(dir, 'index.js'));
  return { library, ComplianceChecks: loadComplianceChecksFrom(dir, library), suppressions: readSuppressions(suppressionFiles[i]) };
});

/** Runs one install of a build and returns its wall and CPU time in milliseconds. */
function runOnce(build, withChecks) {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const chart = Testing.chart();
  new build.library.CertManager(chart, 'cert-manager');
  if (withChecks) {
    new build.ComplianceChecks(chart.node.root, { reportFormats: [], suppressions: build.suppressions });
  }
  Testing.synth(chart);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  fs.rmSync(chart.node.root.outdir, { recursive: true, force: true });
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function main() {
  for (let i = 0; i < warmup; i++) {
    runOnce(builds[i % 2], i % 4 >= 2);
  }
  const samples = { a: { plain: [], checks: [] }, b: { plain: [], checks: [] } };
  for (let i = 0; i < iterations; i++) {
    // The order within a pair alternates, so that neither build always runs after the other.
    const order = i % 2 === 0 ? ['a', 'b'] : ['b', 'a'];
    for (const withChecks of [false, true]) {
      for (const key of order) {
        samples[key][withChecks ? 'checks' : 'plain'].push(runOnce(builds[key === 'a' ? 0 : 1], withChecks));
      }
    }
  }
  writeResult({ warmup, iterations, samples });
}

main();
