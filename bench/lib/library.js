// Locates the library as compiled by `tsc -p bench/tsconfig.json` into bench/.build/lib, or in the
// folder that the environment variable BENCH_LIBRARY_DIR names (to measure a changed copy).
'use strict';

const fs = require('fs');
const path = require('path');

const BUILD_DIRECTORY = process.env.BENCH_LIBRARY_DIR
  ? path.resolve(process.env.BENCH_LIBRARY_DIR)
  : path.join(__dirname, '..', '.build', 'lib');

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
