#!/usr/bin/env node
// Runs the benchmarks of the CertManager construct and prints the figures as Markdown.
//
// Usage: node bench/run.js [--trials N] [--warmup N] [--iterations N] [--scale-repeats N]
//                          [--scale-trials N] [--sizes 1000,10000] [--only cold,helm,warm,scale]
//                          [--baseline DIR]
//
// The library must first be compiled into bench/.build/lib with `npx tsc -p bench/tsconfig.json`;
// `npm run bench` does both. BENCH_LIBRARY_DIR names another compiled library to measure instead.
// --baseline names a second compiled library (its `lib` folder): its cold runs alternate with the
// others and its warm runs alternate with the measured library's in one process, so that both
// see the same machine load. The raw samples are written to bench/results/latest.json.
'use strict';

const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { BUILD_DIRECTORY, libraryPath } = require('./lib/library');
const { median, summarize } = require('./lib/stats');

const CHILDREN = path.join(__dirname, 'children');
const RESULTS_FILE = path.join(__dirname, 'results', 'latest.json');
const HELM_CHART_VARIABLE = 'BENCH_HELM_CHART';
const HELM_VALUES = path.join(__dirname, '..', 'test', 'fixtures', 'helm', 'values.best-practice.yaml');

const TARGETS = {
  coldRatio: 1.15,
  warmMs: 5,
  checksMsPerObject: 0.2,
  // Per-object time at the largest size divided by that at the smallest; 1 is exactly linear.
  checksLinearRatio: 1.25,
  rssRatio: 1.2,
};

const DEFAULTS = {
  'trials': 15,
  'warmup': 50,
  'iterations': 200,
  'scale-trials': 1,
  'scale-repeats': 1,
  'sizes': '1000,10000',
  'only': 'cold,helm,warm,scale',
  'baseline': '',
};

function parseArguments(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !(name in DEFAULTS) || i + 1 >= argv.length) {
      throw new Error(`Invalid argument '${argv[i]}'. Use --${Object.keys(DEFAULTS).join(' N, --')} N.`);
    }
    options[name] = argv[++i];
  }
  return {
    trials: positiveInteger(options, 'trials'),
    warmup: positiveInteger(options, 'warmup'),
    iterations: positiveInteger(options, 'iterations'),
    scaleTrials: positiveInteger(options, 'scale-trials'),
    scaleRepeats: positiveInteger(options, 'scale-repeats'),
    sizes: String(options.sizes).split(',').map((size) => positiveIntegerValue('sizes', size)),
    only: new Set(String(options.only).split(',')),
    baseline: options.baseline ? path.resolve(options.baseline) : undefined,
  };
}

function positiveInteger(options, name) {
  return positiveIntegerValue(name, options[name]);
}

function positiveIntegerValue(name, text) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`Invalid --${name} '${text}': it must be a positive integer.`);
  }
  return value;
}

/**
 * Runs a child script in a new node process and returns its JSON result with the wall time from
 * spawn to exit, as measured by this process.
 */
function runChild(script, args, env = {}) {
  const start = process.hrtime.bigint();
  const child = childProcess.spawnSync(process.execPath, [path.join(CHILDREN, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...env },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) {
    throw child.error;
  }
  if (child.status !== 0) {
    throw new Error(`${script} ${args.join(' ')} failed with exit code ${child.status}:\n${child.stderr}`);
  }
  const lines = child.stdout.trim().split('\n');
  return { ...JSON.parse(lines[lines.length - 1]), wallMs };
}

function libraryDirectory() {
  return BUILD_DIRECTORY;
}

function withTemporaryDirectory(action) {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-cert-manager-bench-'));
  try {
    return action(directory);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

function findOnPath(executable) {
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(directory, executable);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return undefined;
}

/**
 * Cold synth: each variant in a new process, trials alternating between the variants with the
 * starting variant rotated, so that drift in machine load spreads over all of them.
 */
function benchCold(variants, trials) {
  const samples = Object.fromEntries(variants.map((variant) => [variant.name, []]));
  for (let trial = 0; trial < trials; trial++) {
    for (let k = 0; k < variants.length; k++) {
      const variant = variants[(trial + k) % variants.length];
      const result = withTemporaryDirectory((outdir) => runChild(variant.script, [outdir, ...variant.args], variant.env));
      samples[variant.name].push(result);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, results]) => [name, {
    objects: results[0].objects,
    wallMs: summarize(results.map((r) => r.wallMs)),
    cpuMs: summarize(results.map((r) => r.cpuMs)),
    maxRssMiB: summarize(results.map((r) => r.maxRssMiB)),
    phases: Object.fromEntries(Object.keys(results[0].phases).map((phase) => [phase, median(results.map((r) => r.phases[phase]))])),
    samples: results,
  }]));
}

function summarizeSteps(samples) {
  return Object.fromEntries(Object.keys(samples[0]).map((step) => [step, summarize(samples.map((s) => s[step]))]));
}

/** Warm runs of the measured library (b) and a baseline (a), alternating in one process. */
function benchWarmCompare(baseline, warmup, iterations, baselineSuppressionsFile, suppressionsFile) {
  const result = runChild('warm-compare.js', [
    baseline, libraryDirectory(), String(warmup), String(iterations), baselineSuppressionsFile, suppressionsFile,
  ]);
  const compare = (variant) => {
    const a = result.samples.a[variant];
    const b = result.samples.b[variant];
    return {
      baseline: summarizeSteps(a),
      measured: summarizeSteps(b),
      wallRatio: summarize(a.map((sample, i) => b[i].wallMs / sample.wallMs)),
      cpuRatio: summarize(a.map((sample, i) => b[i].cpuMs / sample.cpuMs)),
    };
  };
  return { warmup, iterations, maxRssMiB: result.maxRssMiB, plain: compare('plain'), checks: compare('checks') };
}

function benchWarm(warmup, iterations, suppressionsFile) {
  const result = runChild('warm.js', [String(warmup), String(iterations), suppressionsFile]);
  const summary = (samples) => Object.fromEntries(Object.keys(samples[0]).map((step) => [step, summarize(samples.map((s) => s[step]))]));
  return {
    warmup,
    iterations,
    maxRssMiB: result.maxRssMiB,
    plain: summary(result.samples.plain),
    checks: summary(result.samples.checks),
  };
}

/** Checks at several app sizes, each size in its own process, trials alternating between sizes. */
function benchScale(sizes, trials, repeats) {
  const results = Object.fromEntries(sizes.map((size) => [size, []]));
  for (let trial = 0; trial < trials; trial++) {
    for (const size of sizes) {
      const result = withTemporaryDirectory((outdir) => runChild('checks-scale.js', [String(size), String(repeats), outdir]));
      results[size].push(result);
    }
  }
  return sizes.map((size) => {
    const runs = results[size];
    const validateMs = runs.flatMap((r) => r.validateMs);
    const evaluateMs = runs.flatMap((r) => r.evaluateMs);
    const objects = runs[0].objects;
    return {
      workloads: size,
      objects,
      findings: runs[0].findings,
      validateMs: summarize(validateMs),
      evaluateMs: summarize(evaluateMs),
      msPerObject: median(validateMs) / objects,
      listMsPerObject: median(evaluateMs) / objects,
      maxRssMiB: summarize(runs.map((r) => r.maxRssMiB)),
    };
  });
}

/** Returns the checked-out commit and whether src/ has changes that it does not contain. */
function describeCommit() {
  const git = (args) => childProcess.spawnSync('git', args, { cwd: path.join(__dirname, '..'), encoding: 'utf8' });
  const head = git(['rev-parse', '--short', 'HEAD']);
  if (head.status !== 0) {
    return 'unknown (not a git checkout)';
  }
  const changed = git(['status', '--porcelain', '--', 'src']).stdout.trim() !== '';
  return `${head.stdout.trim()}${changed ? ' with uncommitted changes in src/' : ''}`;
}

function describeMachine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism ? os.availableParallelism() : cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg(),
    commit: describeCommit(),
  };
}

function format(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function verdict(passed) {
  return passed ? 'met' : 'MISSED';
}

function renderMarkdown(report) {
  const lines = [];
  const machine = report.machine;
  lines.push(`# Benchmark run ${machine.date}`, '');
  lines.push(`Library: commit ${machine.commit}, compiled in ${libraryDirectory()}.`);
  lines.push(`Machine: ${machine.nproc} CPUs (${machine.cpuModel}), ${format(machine.memoryGiB)} GiB, node ${machine.node}, ${machine.platform}.`);
  lines.push(`Load average (1, 5, 15 min) at start: ${machine.loadAverage.map((v) => format(v, 2)).join(', ')}; at end: ${report.loadAverageAtEnd.map((v) => format(v, 2)).join(', ')}.`, '');

  if (report.cold) {
    lines.push(`## Cold synth, one process per run (${report.options.trials} trials per variant, alternating)`, '');
    lines.push('| Variant | Objects | Wall median (q1 to q3) ms | CPU median ms | Load ms | Construct ms | Synth ms | Peak RSS median MiB |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, variant] of Object.entries(report.cold)) {
      lines.push(`| ${name} | ${variant.objects} | ${format(variant.wallMs.median)} (${format(variant.wallMs.q1)} to ${format(variant.wallMs.q3)}) | ${format(variant.cpuMs.median)} | ${format(variant.phases.loadMs)} | ${format(variant.phases.constructMs)} | ${format(variant.phases.synthMs)} | ${format(variant.maxRssMiB.median)} |`);
    }
    lines.push('');
  }
  if (report.helm) {
    lines.push(`Helm construct route: ${report.helm.skipped ? `skipped, ${report.helm.skipped}` : `measured, ${format(report.helm.wallMs.median)} ms wall median`}.`, '');
  }
  if (report.warm) {
    const warm = report.warm;
    lines.push(`## Warm synth in one process (${warm.warmup} warm-up runs, ${warm.iterations} runs per variant, alternating)`, '');
    lines.push('| Variant | Wall median (q1 to q3) ms | CPU median ms | Testing.chart() ms | Construct ms | Testing.synth() ms |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const name of ['plain', 'checks']) {
      const steps = warm[name];
      lines.push(`| ${name === 'plain' ? 'install' : 'install with checks'} | ${format(steps.totalMs.median, 2)} (${format(steps.totalMs.q1, 2)} to ${format(steps.totalMs.q3, 2)}) | ${format(steps.cpuMs.median, 2)} | ${format(steps.chartMs.median, 2)} | ${format(steps.constructMs.median, 2)} | ${format(steps.synthMs.median, 2)} |`);
    }
    lines.push('', `Peak RSS of the warm process: ${format(warm.maxRssMiB)} MiB.`, '');
  }
  if (report.warmCompare) {
    const compare = report.warmCompare;
    lines.push(`## Warm synth against the baseline build (${compare.iterations} runs each, alternating in one process)`, '');
    lines.push('| Variant | Baseline wall / CPU median ms | Measured wall / CPU median ms | Pairwise ratio, wall / CPU (median) |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const name of ['plain', 'checks']) {
      const c = compare[name];
      lines.push(`| ${name === 'plain' ? 'install' : 'install with checks'} | ${format(c.baseline.wallMs.median, 2)} / ${format(c.baseline.cpuMs.median, 2)} | ${format(c.measured.wallMs.median, 2)} / ${format(c.measured.cpuMs.median, 2)} | ${format(c.wallRatio.median, 2)} / ${format(c.cpuRatio.median, 2)} |`);
    }
    lines.push('');
  }
  if (report.scale) {
    lines.push(`## Compliance checks by app size (${report.options.scaleTrials} processes per size, ${report.options.scaleRepeats} timed runs each)`, '');
    lines.push('Checks at synth: the validation that `app.synth()` runs, no report written. Listing: `evaluate()` afterwards, which runs the checks again and builds every finding, passes included.', '');
    lines.push('| Workloads | Objects | Findings | Checks at synth, median ms | ms per object | Listing, median ms | ms per object | Peak RSS median MiB |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const size of report.scale) {
      lines.push(`| ${size.workloads} | ${size.objects} | ${size.findings} | ${format(size.validateMs.median)} | ${format(size.msPerObject, 4)} | ` +
        `${format(size.evaluateMs.median)} | ${format(size.listMsPerObject, 4)} | ${format(size.maxRssMiB.median)} |`);
    }
    lines.push('');
  }
  if (report.suppressedRules && report.suppressedRules.length > 0) {
    lines.push(`Error-level failures of the default install, suppressed in the runs with checks so that synth completes: ${report.suppressedRules.join(', ')}.`, '');
  }
  lines.push('## Targets', '');
  lines.push('| Target | Limit | Measured | Verdict |', '| --- | ---: | ---: | --- |');
  for (const target of report.targets) {
    lines.push(`| ${target.name} | ${target.limit} | ${target.measured} | ${verdict(target.passed)} |`);
  }
  return `${lines.join('\n')}\n`;
}

function evaluateTargets(report) {
  const targets = [];
  if (report.cold) {
    const floor = report.cold.floor;
    const install = report.cold['install with checks'] ?? report.cold.install;
    const wallRatio = install.wallMs.median / floor.wallMs.median;
    const cpuRatio = install.cpuMs.median / floor.cpuMs.median;
    const rssRatio = install.maxRssMiB.median / floor.maxRssMiB.median;
    targets.push({ name: 'cold synth, wall time / floor', limit: TARGETS.coldRatio, measured: format(wallRatio, 2), passed: wallRatio <= TARGETS.coldRatio });
    targets.push({ name: 'cold synth, CPU time / floor (for reference)', limit: TARGETS.coldRatio, measured: format(cpuRatio, 2), passed: cpuRatio <= TARGETS.coldRatio });
    targets.push({ name: 'cold synth, peak RSS / floor', limit: TARGETS.rssRatio, measured: format(rssRatio, 2), passed: rssRatio <= TARGETS.rssRatio });
  }
  if (report.warm) {
    const plain = report.warm.plain.totalMs.median;
    const checks = report.warm.checks.totalMs.median;
    const plainCpu = report.warm.plain.cpuMs.median;
    const checksCpu = report.warm.checks.cpuMs.median;
    targets.push({ name: 'warm synth per install, wall ms', limit: TARGETS.warmMs, measured: format(plain, 2), passed: plain <= TARGETS.warmMs });
    targets.push({ name: 'warm synth per install, CPU ms (for reference)', limit: TARGETS.warmMs, measured: format(plainCpu, 2), passed: plainCpu <= TARGETS.warmMs });
    targets.push({ name: 'warm synth per install with checks, wall ms', limit: TARGETS.warmMs, measured: format(checks, 2), passed: checks <= TARGETS.warmMs });
    targets.push({ name: 'warm synth per install with checks, CPU ms (for reference)', limit: TARGETS.warmMs, measured: format(checksCpu, 2), passed: checksCpu <= TARGETS.warmMs });
  }
  if (report.scale) {
    for (const size of report.scale) {
      targets.push({
        name: `checks at synth per object at ${size.workloads} workloads, ms`,
        limit: TARGETS.checksMsPerObject,
        measured: format(size.msPerObject, 4),
        passed: size.msPerObject <= TARGETS.checksMsPerObject,
      });
    }
    if (report.scale.length > 1) {
      const first = report.scale[0];
      const last = report.scale[report.scale.length - 1];
      const ratio = last.msPerObject / first.msPerObject;
      targets.push({
        name: `checks per object, ${last.workloads} / ${first.workloads} workloads`,
        limit: TARGETS.checksLinearRatio,
        measured: format(ratio, 2),
        passed: ratio <= TARGETS.checksLinearRatio,
      });
    }
  }
  return targets;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const needsLibrary = ['cold', 'warm', 'scale'].some((part) => options.only.has(part));
  if (needsLibrary) {
    libraryPath('index');
  }
  const report = { machine: describeMachine(), options: { ...options, only: [...options.only] } };
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  // When the default install fails error-level rules, the benchmark suppresses those failures so
  // that synth completes, and lists them in the report. Each library gets its own list, because a
  // suppression of a rule that a library lacks is an error.
  const suppressionsFile = path.join(path.dirname(RESULTS_FILE), 'suppressions.json');
  const baselineSuppressionsFile = path.join(path.dirname(RESULTS_FILE), 'suppressions-baseline.json');
  if (needsLibrary) {
    runChild('suppressions.js', [suppressionsFile]);
    report.suppressedRules = JSON.parse(fs.readFileSync(suppressionsFile, 'utf8')).map((s) => `${s.ruleId} (${s.objects.length} objects)`);
    if (options.baseline) {
      runChild('suppressions.js', [baselineSuppressionsFile], { BENCH_LIBRARY_DIR: options.baseline });
    }
  }

  if (options.only.has('cold')) {
    const variants = [
      { name: 'floor', script: 'cold-floor.js', args: [] },
      { name: 'install', script: 'cold-install.js', args: [] },
      { name: 'install with checks', script: 'cold-install.js', args: ['--checks', suppressionsFile] },
    ];
    if (options.baseline) {
      const env = { BENCH_LIBRARY_DIR: options.baseline };
      variants.push(
        { name: 'baseline install', script: 'cold-install.js', args: [], env },
        { name: 'baseline install with checks', script: 'cold-install.js', args: ['--checks', baselineSuppressionsFile], env },
      );
    }
    report.cold = benchCold(variants, options.trials);
  }
  if (options.only.has('helm')) {
    const helm = findOnPath('helm');
    const chart = process.env[HELM_CHART_VARIABLE];
    if (!helm) {
      report.helm = { skipped: 'no helm binary on PATH' };
    } else if (!chart) {
      report.helm = { skipped: `helm found at ${helm}, but ${HELM_CHART_VARIABLE} names no local cert-manager v1.21.1 chart (the benchmark makes no network requests)` };
    } else {
      report.helm = benchCold([{ name: 'helm', script: 'cold-helm.js', args: [chart, HELM_VALUES] }], options.trials).helm;
    }
  }
  if (options.only.has('warm')) {
    report.warm = benchWarm(options.warmup, options.iterations, suppressionsFile);
    if (options.baseline) {
      report.warmCompare = benchWarmCompare(options.baseline, options.warmup, options.iterations, baselineSuppressionsFile, suppressionsFile);
    }
  }
  if (options.only.has('scale')) {
    report.scale = benchScale(options.sizes, options.scaleTrials, options.scaleRepeats);
  }
  report.loadAverageAtEnd = os.loadavg();
  report.targets = evaluateTargets(report);

  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 1)}\n`);
  process.stdout.write(renderMarkdown(report));
}

main();
