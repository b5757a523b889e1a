import { formatPath } from '../describe';
import { parseExtraArgs } from './flags';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects a cainjector `--namespace` flag that names another namespace than the one the chart
 * installs into. The flag limits the cainjector to one namespace, so with another one it never
 * sees the webhook's CA Secret and never injects the CA.
 */
export function cainjectorNamespaceMatchesInstall(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const arg of parseExtraArgs(context.values.cainjector?.extraArgs)) {
    if (arg.name !== 'namespace' || arg.value === context.installNamespace) {
      continue;
    }
    const path = formatPath(['cainjector', 'extraArgs', arg.index]);
    findings.push({
      level: 'error',
      path,
      message: `\`${path}\` is "${arg.text}", but the chart installs cert-manager into namespace "${context.installNamespace}". `
        + 'The cainjector then watches only the other namespace, never sees the webhook\'s CA Secret, and never injects the CA. '
        + `Change the flag to \`--namespace=${context.installNamespace}\`.`,
    });
  }
  return findings;
}
