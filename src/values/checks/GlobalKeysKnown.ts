import { formatPath, formatValue, isMapping, suggestKey, valueAt } from '../describe';
import { LEAF_TYPES, OPEN_MAPPINGS } from '../leaves';
import { CheckContext, ValuesFinding } from './types';

/**
 * Warns about keys under `global` that the chart does not read. The chart's schema accepts any key
 * there, because Helm shares `global` with subcharts, so a misspelt key such as `global.logLevl`
 * passes validation and silently has no effect. The cert-manager chart v1.21.1 has no subcharts.
 */
export function globalKeysKnown(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const mappingPath of OPEN_MAPPINGS) {
    const mapping = valueAt(context.values, mappingPath);
    if (!isMapping(mapping)) {
      continue;
    }
    const knownKeys = childKeys(mappingPath);
    for (const [key, value] of Object.entries(mapping)) {
      if (knownKeys.includes(key)) {
        continue;
      }
      const path = formatPath([...mappingPath.split('.'), key]);
      const suggestion = suggestKey(key, knownKeys);
      const fix = suggestion === undefined
        ? 'Remove it, unless the values file is shared with other charts that read it.'
        : `Did you mean \`${mappingPath}.${suggestion}\`? If the key is meant for other charts that share the values file, ignore this warning.`;
      findings.push({
        level: 'warning',
        path,
        message: `\`${path}\` is not a value that the cert-manager chart reads (received ${formatValue(value)}), so it has no effect. ${fix}`,
      });
    }
  }
  return findings;
}

/** Keys that the chart defines directly under a mapping. */
function childKeys(mappingPath: string): string[] {
  const prefix = `${mappingPath}.`;
  const keys = Object.keys(LEAF_TYPES)
    .filter((leaf) => leaf.startsWith(prefix))
    .map((leaf) => leaf.slice(prefix.length).split('.')[0]);
  return [...new Set(keys)];
}
