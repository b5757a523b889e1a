import { CHART_NAME, ChartContext, Manifest, truthy } from '../context';
import { formatGoValue, plainScalar } from './extra-objects';
import {
  commonPodFields, Component, componentMetadata, componentOf, containerEnv, podLabels, podNodeSelector,
  podRuntimeClassName, serviceAccount, withValue,
} from './workload/component';
import { hasKey } from './workload/go-text';

/**
 * Renders the startupapicheck templates when `startupapicheck.enabled` is true: the Job that runs
 * `cmctl check api` after install, and its ServiceAccount. Both are Helm hooks by default, through
 * `startupapicheck.jobAnnotations` and `startupapicheck.serviceAccount.annotations`.
 */
export function renderStartupapicheck(ctx: ChartContext): Manifest[] {
  const component = componentOf(ctx, 'startupapicheck');
  if (!truthy(component.values.enabled)) {
    return [];
  }
  return [
    ...serviceAccount(ctx, component, withValue(component.values.serviceAccount?.annotations)),
    startupapicheckJob(ctx, component),
  ];
}

function startupapicheckJob(ctx: ChartContext, component: Component): Manifest {
  const values = component.values;
  const container: Record<string, any> = {
    name: `${CHART_NAME}-startupapicheck`,
    image: ctx.image(values.image ?? {}, 'startupapicheck.image'),
    imagePullPolicy: plainScalar(values.image?.pullPolicy, 'startupapicheck.image.pullPolicy'),
    args: ['check', 'api', `--wait=${formatGoValue(values.timeout)}`, ...(withValue(values.extraArgs) ?? [])],
  };
  const securityContext = withValue(values.containerSecurityContext);
  if (securityContext !== undefined) {
    container.securityContext = securityContext;
  }
  container.env = containerEnv(component);
  for (const field of ['resources', 'volumeMounts']) {
    const copy = withValue(values[field]);
    if (copy !== undefined) {
      container[field] = copy;
    }
  }

  // Unlike the Deployments, the Job's pod always carries global.imagePullSecrets.
  const spec: Record<string, any> = { restartPolicy: 'OnFailure', ...commonPodFields(ctx, component) };
  const pullSecrets = withValue(ctx.values.global?.imagePullSecrets);
  if (pullSecrets !== undefined) {
    spec.imagePullSecrets = pullSecrets;
  }
  spec.containers = [container];
  const runtimeClassName = podRuntimeClassName(ctx, component);
  if (runtimeClassName !== undefined) {
    spec.runtimeClassName = runtimeClassName;
  }
  const nodeSelector = podNodeSelector(ctx, 'startupapicheck');
  if (nodeSelector !== undefined) {
    spec.nodeSelector = nodeSelector;
  }
  // The Job template has no topologySpreadConstraints.
  for (const field of ['affinity', 'tolerations', 'volumes']) {
    const copy = withValue(values[field]);
    if (copy !== undefined) {
      spec[field] = copy;
    }
  }

  const podMetadata: Record<string, any> = { labels: podLabels(ctx, component) };
  const podAnnotations = withValue(values.podAnnotations);
  if (podAnnotations !== undefined) {
    podMetadata.annotations = podAnnotations;
  }

  const metadata = componentMetadata(ctx, component);
  const jobAnnotations = withValue(values.jobAnnotations);
  if (jobAnnotations !== undefined) {
    metadata.annotations = jobAnnotations;
  }
  const jobSpec: Record<string, any> = { backoffLimit: plainScalar(values.backoffLimit, 'startupapicheck.backoffLimit') };
  if (hasKey(values, 'ttlSecondsAfterFinished')) {
    jobSpec.ttlSecondsAfterFinished = plainScalar(values.ttlSecondsAfterFinished, 'startupapicheck.ttlSecondsAfterFinished');
  }
  jobSpec.template = { metadata: podMetadata, spec };
  return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: jobSpec };
}
