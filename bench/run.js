#!/usr/bin/env node
// Runs the benchmarks of the CertManager construct and prints the figures as Markdown.
//
// Usage: node bench/run.js [--trials N] [--warmup N] [--iterations N] [--scale-repeats N]
//                          [--scale-trials N] [--sizes 1000,10000] [--only cold,helm,warm,scale]
//                          [--baseline DIR]
// Sizes must be distinct and increasing. A bad argument or library folder prints one line and
// exits with 1; a missed target does not change the exit code.
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
const { BUILD_DIRECTORY } = require('./lib/library');
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

const PARTS = ['cold', 'helm', 'warm', 'scale'];

const USAGE = 'Usage: node bench/run.js [--trials N] [--warmup N] [--iterations N] [--scale-trials N] [--scale-repeats N] ' +
  '[--sizes N,N,...] [--only cold,helm,warm,scale] [--baseline DIR]';

/** An error in the command line or the environment: printed without a stack trace. */
class UsageError extends Error {}

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
    const [flag, inlineValue] = argv[i].split(/=(.*)/s);
    const name = flag.replace(/^--/, '');
    if (flag === '--help' || flag === '-h') {
      return undefined;
    }
    if (!flag.startsWith('--') || !(name in DEFAULTS)) {
      throw new UsageError(`Unknown argument '${argv[i]}'.\n${USAGE}`);
    }
    if (inlineValue === undefined && i + 1 >= argv.length) {
      throw new UsageError(`${flag} needs a value.\n${USAGE}`);
    }
    options[name] = inlineValue ?? argv[++i];
  }
  const sizes = String(options.sizes).split(',').map((size) => positiveIntegerValue('sizes', size));
  for (let i = 1; i < sizes.length; i++) {
    if (sizes[i] <= sizes[i - 1]) {
      throw new UsageError(`Invalid --sizes '${options.sizes}': give distinct sizes in increasing order, for example 1000,10000.`);
    }
  }
  const only = String(options.only).split(',');
  const unknown = only.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0) {
    throw new UsageError(`Invalid --only '${options.only}': '${unknown.join("', '")}' is not a part. Use any of ${PARTS.join(', ')}, separated by commas.`);
  }
  return {
    trials: positiveInteger(options, 'trials'),
    warmup: positiveInteger(options, 'warmup'),
    iterations: positiveInteger(options, 'iterations'),
    scaleTrials: positiveInteger(options, 'scale-trials'),
    scaleRepeats: positiveInteger(options, 'scale-repeats'),
    sizes,
    only: new Set(only),
    baseline: options.baseline ? path.resolve(options.baseline) : undefined,
  };
}

function positiveInteger(options, name) {
  return positiveIntegerValue(name, options[name]);
}

function positiveIntegerValue(name, text) {
  const value = Number(text);
  if (!/^[0-9]+$/.test(String(text)) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`Invalid --${name} '${text}': it must be a positive integer written in decimal digits.`);
  }
  return value;
}

/**
 * Checks that a compiled library folder can be loaded: it has index.js, and cdk8s resolves from
 * it, which needs the folder inside a checkout where `npm ci` has run.
 */
function checkLibraryFolder(directory, source) {
  if (!fs.existsSync(path.join(directory, 'index.js'))) {
    throw new UsageError(`${source} '${directory}' has no index.js. Name the lib folder that \`npx tsc -p bench/tsconfig.json --outDir DIR/lib\` ` +
      `wrote in a checkout of the project, or ${source === '--baseline' ? 'leave --baseline out' : 'unset BENCH_LIBRARY_DIR'} to measure bench/.build/lib.`);
  }
  try {
    require.resolve('cdk8s', { paths: [directory] });
  } catch {
    throw new UsageError(`${source} '${directory}' cannot load cdk8s. Put the folder inside a checkout of the project where \`npm ci\` has run, ` +
      'or link that checkout\'s node_modules next to it.');
  }
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

function count(value, singular, plural = `${singular}s`) {
  return `${value} ${value === 1 ? singular : plural}`;
}

function verdict(passed) {
  return passed ? 'met' : 'MISSED';
}

function renderMarkdown(report) {
  const lines = [];
  const machine = report.machine;
  lines.push(`# Benchmark run ${machine.date}`, '');
  lines.push(process.env.BENCH_LIBRARY_DIR
    ? `Library: compiled in ${libraryDirectory()} (BENCH_LIBRARY_DIR; its commit is not recorded).`
    : `Library: commit ${machine.commit}, compiled in ${libraryDirectory()}.`);
  if (report.options.baseline) {
    lines.push(`Baseline: compiled in ${report.options.baseline} (its commit is not recorded).`);
  }
  lines.push(`Machine: ${machine.nproc} CPUs (${machine.cpuModel}), ${format(machine.memoryGiB)} GiB, node ${machine.node}, ${machine.platform}.`);
  lines.push(`Load average (1, 5, 15 min) at start: ${machine.loadAverage.map((v) => format(v, 2)).join(', ')}; at end: ${report.loadAverageAtEnd.map((v) => format(v, 2)).join(', ')}.`, '');

  if (report.cold) {
    lines.push(`## Cold synth, one process per run (${count(report.options.trials, 'trial')} per variant, alternating)`, '');
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
    lines.push(`## Warm synth in one process (${count(warm.warmup, 'warm-up run')}, ${count(warm.iterations, 'run')} per variant, alternating)`, '');
    lines.push('| Variant | Wall median (q1 to q3) ms | CPU median ms | Testing.chart() ms | Construct ms | Testing.synth() ms |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const name of ['plain', 'checks']) {
      const steps = warm[name];
      lines.push(`| ${name === 'plain' ? 'install' : 'install with checks'} | ${format(steps.totalMs.median, 2)} (${format(steps.totalMs.q1, 2)} to ${format(steps.totalMs.q3, 2)}) | ${format(steps.cpuMs.median, 2)} | ${format(steps.chartMs.median, 2)} | ${format(steps.constructMs.median, 2)} | ${format(steps.synthMs.median, 2)} |`);
    }
    lines.push('', `Peak RSS of this process (bench/children/warm.js): ${format(warm.maxRssMiB)} MiB.`, '');
  }
  if (report.warmCompare) {
    const compare = report.warmCompare;
    lines.push(`## Warm synth against the baseline build (${compare.iterations} runs each, alternating in one process)`, '');
    lines.push('A separate process from the table above. The ratio is measured over baseline, the median of the ratios of neighbouring runs, ' +
      'so it differs from the quotient of the two medians.', '');
    lines.push('| Variant | Baseline wall / CPU median ms | Measured wall / CPU median ms | Ratio measured / baseline, wall / CPU |');
    lines.push('| --- | ---: | ---: | ---: |');
    for (const name of ['plain', 'checks']) {
      const c = compare[name];
      lines.push(`| ${name === 'plain' ? 'install' : 'install with checks'} | ${format(c.baseline.wallMs.median, 2)} / ${format(c.baseline.cpuMs.median, 2)} | ${format(c.measured.wallMs.median, 2)} / ${format(c.measured.cpuMs.median, 2)} | ${format(c.wallRatio.median, 2)} / ${format(c.cpuRatio.median, 2)} |`);
    }
    lines.push('');
  }
  if (report.scale) {
    lines.push(`## Compliance checks by app size (${count(report.options.scaleTrials, 'process', 'processes')} per size, ${count(report.options.scaleRepeats, 'timed run')} each)`, '');
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
    const limit = target.limit === undefined ? '-' : target.limit;
    lines.push(`| ${target.name} | ${limit} | ${target.measured} | ${target.passed === undefined ? 'reference' : verdict(target.passed)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Lists the targets with their measured values. A row with a limit is a target, met when the value
 * is at most the limit; a row without one is shown for reference.
 */
function evaluateTargets(report) {
  const targets = [];
  const add = (name, limit, value, digits) => targets.push({
    name,
    limit,
    value,
    measured: format(value, digits),
    passed: limit === undefined ? undefined : value <= limit,
  });
  if (report.cold) {
    const floor = report.cold.floor;
    const checks = report.cold['install with checks'];
    const install = report.cold.install;
    add('cold synth with checks, wall time / floor', TARGETS.coldRatio, checks.wallMs.median / floor.wallMs.median, 2);
    add('cold synth with checks, CPU time / floor', undefined, checks.cpuMs.median / floor.cpuMs.median, 2);
    add('cold synth with checks, peak RSS / floor', TARGETS.rssRatio, checks.maxRssMiB.median / floor.maxRssMiB.median, 2);
    add('cold synth without checks, wall time / floor', undefined, install.wallMs.median / floor.wallMs.median, 2);
    add('cold synth without checks, peak RSS / floor', undefined, install.maxRssMiB.median / floor.maxRssMiB.median, 2);
  }
  if (report.warm) {
    add('warm synth per install, wall ms', TARGETS.warmMs, report.warm.plain.totalMs.median, 2);
    add('warm synth per install, CPU ms', undefined, report.warm.plain.cpuMs.median, 2);
    add('warm synth per install with checks, wall ms', undefined, report.warm.checks.totalMs.median, 2);
    add('warm synth per install with checks, CPU ms', undefined, report.warm.checks.cpuMs.median, 2);
  }
  if (report.scale) {
    for (const size of report.scale) {
      add(`checks at synth per object at ${size.workloads} workloads, ms`, TARGETS.checksMsPerObject, size.msPerObject, 4);
    }
    if (report.scale.length > 1) {
      // Sizes are in increasing order, so this is the largest size over the smallest.
      const first = report.scale[0];
      const last = report.scale[report.scale.length - 1];
      add(`checks per object, ${last.workloads} / ${first.workloads} workloads`, TARGETS.checksLinearRatio, last.msPerObject / first.msPerObject, 2);
    }
  }
  return targets;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const needsLibrary = ['cold', 'warm', 'scale'].some((part) => options.only.has(part));
  if (needsLibrary) {
    if (process.env.BENCH_LIBRARY_DIR) {
      checkLibraryFolder(BUILD_DIRECTORY, 'BENCH_LIBRARY_DIR');
    } else if (!fs.existsSync(path.join(BUILD_DIRECTORY, 'index.js'))) {
      throw new UsageError(`The compiled library is missing: ${BUILD_DIRECTORY} has no index.js. Run 'npm run bench', which compiles it first, ` +
        "or 'npx tsc -p bench/tsconfig.json'.");
    }
    if (options.baseline) {
      checkLibraryFolder(options.baseline, '--baseline');
    }
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

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
