import { POD_KINDS } from '../../private/manifest';
import { Check } from '../../rule';

const VERSION_LABEL = 'app.kubernetes.io/version';

/**
 * The workload carries the recommended version label.
 */
export const WorkloadVersionLabel: Check = {
  name: 'WorkloadVersionLabel',
  title: `Workloads carry the \`${VERSION_LABEL}\` label.`,
  rationale: 'A version label on every workload lets operators see from the cluster which release of the configuration runs.',
  fix: `Set the \`${VERSION_LABEL}\` label in \`metadata.labels\` of every workload.`,
  kinds: POD_KINDS,
  check: (object) => {
    const value = object.manifest.metadata?.labels?.[VERSION_LABEL];
    if (typeof value === 'string' && value !== '') {
      return 'pass';
    }
    return [{ fieldPath: 'metadata.labels', message: `The workload has no ${VERSION_LABEL} label. Add it with the release version.` }];
  },
};
