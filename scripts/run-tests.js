#!/usr/bin/env node
// Runs jest with the project's options, then prints the closing "N passed, N failed" line that
// CI reads, computed from jest's JSON report. Exits non-zero when jest failed, when the report is
// missing, or when it records a failure or no test at all.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const reportFile = path.join(__dirname, '..', '.jest-results.json');
fs.rmSync(reportFile, { force: true });

const jestBin = require.resolve('jest/bin/jest');
const args = [
  jestBin, '--passWithNoTests', '--coverageProvider=babel', '--maxWorkers=2', '--ci',
  '--json', `--outputFile=${reportFile}`, ...process.argv.slice(2),
];
const jest = spawnSync(process.execPath, args, { stdio: 'inherit' });

if (!fs.existsSync(reportFile)) {
  console.log('0 passed, 0 failed');
  console.error(`test summary: jest wrote no report to ${reportFile}; see its output above.`);
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
const failedSuites = report.numFailedTestSuites + (report.numRuntimeErrorTestSuites || 0);
if (jest.status !== 0 || report.numFailedTests > 0 || failedSuites > 0 || report.numTotalTests === 0) {
  process.exit(jest.status || 1);
}
