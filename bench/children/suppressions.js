// Writes the suppressions that let the default install synthesize with the compliance checks.
// Usage: node suppressions.js FILE
'use strict';

const fs = require('fs');
const { Testing } = require('cdk8s');
const { libraryPath } = require('../lib/library');
const { loadComplianceChecks, suppressionsForErrors } = require('../lib/compliance');
const { writeResult } = require('../lib/child');

const library = require(libraryPath('index'));
const ComplianceChecks = loadComplianceChecks(library);
const chart = Testing.chart();
new library.CertManager(chart, 'cert-manager');
const findings = new ComplianceChecks(chart.node.root, { reportFormats: [] }).evaluate();
const suppressions = suppressionsForErrors(findings);
fs.writeFileSync(process.argv[2], `${JSON.stringify(suppressions, null, 1)}\n`);
fs.rmSync(chart.node.root.outdir, { recursive: true, force: true });
writeResult({ suppressions: suppressions.length });
