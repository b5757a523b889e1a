import { isSet } from '../../context';

/**
 * Returns the value of the last `--<flag>=<value>` or `--<flag> <value>` in a container's
 * arguments, or undefined when the flag is absent. The cert-manager binaries parse flags with
 * pflag, where a later occurrence overrides an earlier one.
 */
export function lastFlagValue(args: unknown, flag: string): string | undefined {
  if (!Array.isArray(args)) {
    return undefined;
  }
  let found: string | undefined;
  args.forEach((arg, index) => {
    if (typeof arg !== 'string') {
      return;
    }
    if (arg.startsWith(`--${flag}=`)) {
      found = arg.slice(flag.length + 3);
    } else if (arg === `--${flag}` && typeof args[index + 1] === 'string') {
      found = args[index + 1];
    }
  });
  return found;
}

/**
 * Returns the TCP port of a `host:port` listen address (`0.0.0.0:9402`, `:9402`, `[::]:9402`), as
 * Go's `net.SplitHostPort` reads it.
 *
 * @param address the listen address
 * @param source where the address comes from, as the user writes it, for the error message
 * @throws when the address has no numeric port between 1 and 65535
 */
export function portOfListenAddress(address: string, source: string, defaultPort?: number): number {
  const match = /^(?:\[[^\]]*\]|[^:[\]]*):(\d+)$/.exec(address);
  const port = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${source} is '${address}', which has no TCP port between 1 and 65535, so the container port cannot be derived. ` +
      `Write the address as host:port, for example '0.0.0.0:${defaultPort ?? 9402}'.`);
  }
  return port;
}

/**
 * Returns the port a component listens on, from the first of: a flag in `extraArgs`, a field of
 * its configuration file, the binary's default.
 *
 * @param extraArgs the component's `extraArgs` value
 * @param flag the flag name without dashes
 * @param argsPath the path of `extraArgs` as the user writes it, for errors
 * @param configAddress the configuration file field's value
 * @param configPath the path of that field as the user writes it, for errors
 * @param defaultPort the port the binary uses when neither is set
 */
export function derivePort(
  extraArgs: unknown, flag: string, argsPath: string,
  configAddress: unknown, configPath: string, defaultPort: number,
): number {
  const fromFlag = lastFlagValue(extraArgs, flag);
  if (fromFlag !== undefined) {
    return portOfListenAddress(fromFlag, `The --${flag} flag in ${argsPath}`, defaultPort);
  }
  if (isSet(configAddress)) {
    if (typeof configAddress !== 'string') {
      throw new Error(`${configPath} must be a string of the form host:port, but it is ${JSON.stringify(configAddress)}. ` +
        `Write it as a string, for example '0.0.0.0:${defaultPort}'.`);
    }
    return portOfListenAddress(configAddress, configPath, defaultPort);
  }
  return defaultPort;
}
