import { formatValue, isTruthy, valueAt } from '../describe';
import { CAINJECTOR, isRendered, STARTUPAPICHECK } from './components';
import { CheckContext, ValuesFinding } from './types';

/** Image values of the chart, with the component that must be rendered for the image to be used. */
const IMAGES = [
  { path: 'image', component: undefined },
  { path: 'webhook.image', component: undefined },
  { path: 'cainjector.image', component: CAINJECTOR },
  { path: 'startupapicheck.image', component: STARTUPAPICHECK },
  { path: 'acmesolver.image', component: undefined },
];

/**
 * Returns the `major.minor.patch` release that a tag names, so that `v1.21.1`, `1.21.1` and a
 * vendor build such as `v1.21.1-fips` count as the same release. Returns undefined for a tag
 * without a version, such as `latest`.
 */
function releaseOf(tag: string): string | undefined {
  return /^v?(\d+\.\d+\.\d+)(?:$|[-+._])/.exec(tag)?.[1];
}

/**
 * Warns about an image tag that names another cert-manager release than the one the library
 * models, or no release at all. Flags, RBAC rules and CRDs follow the modelled release, and
 * another release may reject or ignore them.
 */
export function imageTagMatchesChart(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const image of IMAGES) {
    if (image.component !== undefined && !isRendered(context.values, image.component)) {
      continue;
    }
    const tag = valueAt(context.values, `${image.path}.tag`);
    if (!isTruthy(tag)) {
      continue;
    }
    const release = releaseOf(String(tag));
    if (release !== undefined && release === releaseOf(context.version)) {
      continue;
    }
    const problem = release === undefined
      ? `names no cert-manager release, so it may run another one than ${context.version}, the release this library renders the chart for`
      : `names release ${release}, but this library renders the chart for cert-manager ${context.version}`;
    findings.push({
      level: 'warning',
      path: `${image.path}.tag`,
      message: `\`${image.path}.tag\` is ${formatValue(tag)}, which ${problem}. The flags, RBAC rules and CRDs follow ${context.version}, `
        + `and another release may reject or ignore them. Remove \`${image.path}.tag\` to run ${context.version}, `
        + `or set it to a tag of ${context.version}, for example a mirror's copy of it.`,
    });
  }
  return findings;
}
