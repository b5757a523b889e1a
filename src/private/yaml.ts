import type * as YamlModule from 'yaml';

let loaded: typeof YamlModule | undefined;

/**
 * Returns the `yaml` package, loading it on first use. The default install parses no YAML, and
 * loading the package takes about 20 ms of CPU when a process starts (measured with bench/run.js).
 */
export function yaml(): typeof YamlModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('yaml') as typeof YamlModule;
  return loaded;
}
