#!/usr/bin/env node
// Prints "N passed, N failed" from a jest --json report, the closing line that CI reads.
// Exits non-zero when the report is missing or records a failure, so CI cannot pass on no tests.
const fs = require('fs');

const file = process.argv[2] || '.jest-results.json';
if (!fs.existsSync(file)) {
  console.error(`test summary: ${file} not found; run jest with --json --outputFile=${file} first.`);
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const failedSuites = report.numFailedTestSuites + (report.numRuntimeErrorTestSuites || 0);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
if (report.numFailedTests > 0 || failedSuites > 0 || report.numTotalTests === 0) {
  process.exit(1);
}
