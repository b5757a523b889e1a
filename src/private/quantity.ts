const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { 'n': 1e-9, 'u': 1e-6, 'm': 1e-3, '': 1, 'k': 1e3, 'M': 1e6, 'G': 1e9, 'T': 1e12, 'P': 1e15, 'E': 1e18 };

/**
 * Parses a Kubernetes quantity (`500m`, `1.5`, `512Mi`, `1e3`) into its value in base units
 * (cores, bytes). Returns undefined for text that is not a quantity.
 */
export function parseQuantity(quantity: unknown): number | undefined {
  if (typeof quantity === 'number') {
    return quantity;
  }
  if (typeof quantity !== 'string') {
    return undefined;
  }
  const match = /^([+-]?[0-9.]+(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(quantity.trim());
  if (!match) {
    return undefined;
  }
  const number = Number(match[1]);
  if (Number.isNaN(number)) {
    return undefined;
  }
  const suffix = match[2] ?? '';
  return number * (BINARY[suffix] ?? DECIMAL[suffix]);
}

/** Formats CPU cores as millicores, rounded up: `2.5` becomes `2500m`. */
export function formatCpu(cores: number): string {
  return `${Math.ceil(cores * 1000)}m`;
}

/** Formats bytes as mebibytes, rounded up: `536870912` becomes `512Mi`. */
export function formatMemory(bytes: number): string {
  return `${Math.ceil(bytes / 2 ** 20)}Mi`;
}
