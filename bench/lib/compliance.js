// Loads the library's ComplianceChecks class and builds the suppressions that benchmark runs pass to it.
'use strict';

const fs = require('fs');
const { libraryPath } = require('./library');

const SUPPRESSION_REASON = 'Accepted by the benchmark so that synth completes; the compliance tests judge this finding.';

/**
 * Returns the ComplianceChecks class that src/index.ts exports, or the one of
 * src/compliance/index.ts for builds whose index does not export it. Throws when neither exists.
 */
function loadComplianceChecks(library) {
  if (library.ComplianceChecks) {
    return library.ComplianceChecks;
  }
  const compliance = require(libraryPath('compliance/index'));
  if (!compliance.ComplianceChecks) {
    throw new Error('The compiled library exports no ComplianceChecks class.');
  }
  return compliance.ComplianceChecks;
}

/**
 * Returns the ComplianceChecks class of the library compiled into `directory`.
 */
function loadComplianceChecksFrom(directory, library) {
  if (library.ComplianceChecks) {
    return library.ComplianceChecks;
  }
  return require(require('path').join(directory, 'compliance', 'index.js')).ComplianceChecks;
}

/**
 * Returns app-wide suppressions for the unsuppressed error-level failures of an app, one per rule
 * narrowed to the failing objects, so that `app.synth()` completes and the benchmark measures a
 * full synth. The checks still evaluate every rule on every object.
 */
function suppressionsForErrors(findings) {
  const byRule = new Map();
  for (const finding of findings) {
    if (finding.status !== 'fail' || finding.level !== 'error') {
      continue;
    }
    const objects = byRule.get(finding.ruleId) ?? [];
    if (!objects.some((o) => o.kind === finding.kind && o.name === finding.name && o.namespace === finding.namespace)) {
      objects.push({ kind: finding.kind, name: finding.name, namespace: finding.namespace });
    }
    byRule.set(finding.ruleId, objects);
  }
  return [...byRule].map(([ruleId, objects]) => ({ ruleId, reason: SUPPRESSION_REASON, objects }));
}

/** Reads suppressions written by children/suppressions.js, or returns none when no file is given. */
function readSuppressions(file) {
  return file ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
}

module.exports = { loadComplianceChecks, loadComplianceChecksFrom, readSuppressions, suppressionsForErrors };
