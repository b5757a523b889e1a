import { formatPath } from '../describe';
import { COMPONENTS, componentPath, componentValues, isRendered } from './components';
import { ChartFlag, chartFlags, ExtraArg, parseExtraArgs } from './flags';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects an `extraArgs` flag that the chart already sets for the same component. Both reach the
 * command line, and which one takes effect depends on where the chart writes its own flag
 * relative to the extra arguments, which the values do not show.
 */
export function extraArgsNotRepeatingChartFlags(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const component of COMPONENTS) {
    if (!isRendered(context.values, component)) {
      continue;
    }
    const argsPath = componentPath(component, 'extraArgs');
    const flags = chartFlags(context.values, component);
    for (const arg of parseExtraArgs(componentValues(context.values, component).extraArgs)) {
      const chartFlag = flags.find((candidate) => candidate.name === arg.name);
      if (chartFlag === undefined) {
        continue;
      }
      const path = formatPath([...argsPath.split('.'), arg.index]);
      findings.push({
        level: 'error',
        path,
        message: `\`${path}\` is "${arg.text}", but the chart already passes \`--${chartFlag.name}=${chartFlag.value}\` to the ${component.name} `
          + `from \`${chartFlag.source}\`. ${outcome(chartFlag, arg)} `
          + (chartFlag.fix ?? `Remove the flag from \`${argsPath}\` and set \`${chartFlag.source}\` instead.`),
      });
    }
  }
  return findings;
}

/** Explains what the command line ends up with, following pflag's rules for repeated flags. */
function outcome(chartFlag: ChartFlag, arg: ExtraArg): string {
  const winner = chartFlag.afterExtraArgs ? 'the chart\'s flag, so the one in extraArgs has no effect' : `the one from extraArgs ("${arg.text}")`;
  switch (chartFlag.repeat) {
    case 'list':
      return 'The flag takes a list and each occurrence adds to it, so both values apply.';
    case 'map':
      return 'The flag takes key=value pairs, and both occurrences are merged; for a key given in both, '
        + `the later one on the command line wins, which is ${winner}.`;
    default:
      return `The later one on the command line wins, which is ${winner}.`;
  }
}
