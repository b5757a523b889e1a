// Cold synth of the floor: the 53 objects of the chart's best-practice rendering as plain cdk8s
// ApiObjects in a new process. Usage: node cold-floor.js OUTDIR
'use strict';

const phases = { bootMs: performance.now() };
const { ApiObject, App, Chart } = require('cdk8s');
const objects = require('../floor-objects.json');
const { writeResult } = require('../lib/child');

phases.loadMs = performance.now() - phases.bootMs;
let mark = performance.now();

const app = new App({ outdir: process.argv[2] });
const chart = new Chart(app, 'bench');
objects.forEach((manifest, index) => {
  new ApiObject(chart, `${index}-${manifest.kind}-${manifest.metadata.name}`, manifest);
});
phases.constructMs = performance.now() - mark;
mark = performance.now();

app.synth();
phases.synthMs = performance.now() - mark;

writeResult({ objects: objects.length, phases });
