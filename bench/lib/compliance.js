// Adds the library's compliance checks to an app through the public API (ComplianceChecks).
'use strict';

const { libraryPath } = require('./library');

/**
 * Returns the ComplianceChecks class that src/index.ts exports, or, while the index does not
 * export it yet, the one of src/compliance/index.ts. Throws when neither exists.
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

module.exports = { loadComplianceChecks };
