// Loads the library as compiled by `tsc -p bench/tsconfig.json` into bench/.build/lib.
'use strict';

const fs = require('fs');
const path = require('path');

const BUILD_DIRECTORY = path.join(__dirname, '..', '.build', 'lib');

/**
 * Returns the path of a module of the compiled library, or throws when the build is missing.
 */
function libraryPath(relativePath) {
  const file = path.join(BUILD_DIRECTORY, `${relativePath}.js`);
  if (!fs.existsSync(file)) {
    throw new Error(`The compiled library is missing: ${file} not found. Run 'npx tsc -p bench/tsconfig.json' or 'npm run bench'.`);
  }
  return file;
}

module.exports = { BUILD_DIRECTORY, libraryPath };
