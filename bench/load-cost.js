#!/usr/bin/env node
// Measures what requiring modules costs after cdk8s is loaded, each in a new process, 11 runs each.
// Usage: node bench/load-cost.js MODULE_PATH...   (paths of compiled modules, without .js)
'use strict';

const childProcess = require('child_process');
const path = require('path');
const { median } = require('./lib/stats');

const RUNS = 11;
const CHILD = `
require(${JSON.stringify(require.resolve('cdk8s'))});
const before = Object.keys(require.cache).length;
const cpuStart = process.cpuUsage();
const start = performance.now();
require(process.argv[1]);
const cpu = process.cpuUsage(cpuStart);
process.stdout.write(JSON.stringify({
  wallMs: performance.now() - start,
  cpuMs: (cpu.user + cpu.system) / 1000,
  modules: Object.keys(require.cache).length - before,
}));`;

function main() {
  const targets = process.argv.slice(2).map((target) => path.resolve(target));
  if (targets.length === 0) {
    throw new Error('Missing module paths. Usage: node bench/load-cost.js MODULE_PATH...');
  }
  const samples = new Map(targets.map((target) => [target, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const target of targets) {
      const child = childProcess.spawnSync(process.execPath, ['-e', CHILD, target], { encoding: 'utf8' });
      if (child.status !== 0) {
        throw new Error(`Requiring ${target} failed:\n${child.stderr}`);
      }
      samples.get(target).push(JSON.parse(child.stdout));
    }
  }
  for (const [target, results] of samples) {
    const cpu = median(results.map((r) => r.cpuMs)).toFixed(1);
    const wall = median(results.map((r) => r.wallMs)).toFixed(1);
    process.stdout.write(`${path.relative(process.cwd(), target)}: ${results[0].modules} modules, CPU ${cpu} ms, wall ${wall} ms (medians of ${RUNS})\n`);
  }
}

main();
