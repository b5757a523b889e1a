// Cold synth of the chart through cdk8s's Helm construct, which runs `helm template` and parses
// its output. Usage: node cold-helm.js OUTDIR CHART VALUES_FILE
// CHART is a local chart folder or archive of cert-manager v1.21.1, because the benchmark makes no
// network requests.
'use strict';

const phases = { bootMs: performance.now() };
const { App, Chart, Helm } = require('cdk8s');
const { writeResult } = require('../lib/child');

phases.loadMs = performance.now() - phases.bootMs;
let mark = performance.now();

const app = new App({ outdir: process.argv[2] });
const chart = new Chart(app, 'bench');
const helm = new Helm(chart, 'cert-manager', {
  chart: process.argv[3],
  releaseName: 'cert-manager',
  namespace: 'cert-manager',
  helmFlags: ['--values', process.argv[4]],
});
phases.constructMs = performance.now() - mark;
mark = performance.now();

app.synth();
phases.synthMs = performance.now() - mark;

writeResult({ objects: helm.apiObjects.length, phases });
