import { isMapping } from '../describe';
import { COMPONENTS, componentPath, componentValues, isRendered } from './components';
import { CheckContext, ValuesFinding } from './types';

/** Directory in which Kubernetes client libraries look for the in-cluster token, CA and namespace. */
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * Rejects pods that get no ServiceAccount token: automount is off on the pod or on the
 * ServiceAccount that the chart creates, and no projected volume with a `serviceAccountToken`
 * source is mounted at the token path in its place. Every cert-manager component talks to the
 * Kubernetes API, so such a pod fails and the install times out.
 */
export function serviceAccountTokenMounted(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const component of COMPONENTS) {
    if (!isRendered(context.values, component)) {
      continue;
    }
    const own = componentValues(context.values, component);
    const offPath = automountOffPath(own);
    if (offPath === undefined || mountsProjectedToken(own)) {
      continue;
    }
    const path = componentPath(component, offPath);
    const volumes = componentPath(component, 'volumes');
    const mounts = componentPath(component, 'volumeMounts');
    findings.push({
      level: 'error',
      path,
      message: `\`${path}\` is false, so the ${component.name} pods get no ServiceAccount token, and no projected volume with a `
        + `serviceAccountToken source is mounted at ${TOKEN_MOUNT_PATH} in its place. The ${component.name} then cannot reach the `
        + 'Kubernetes API and the install times out. Add a projected volume with serviceAccountToken, the kube-root-ca.crt ConfigMap '
        + `and the namespace from the downward API to \`${volumes}\`, and mount it read-only at ${TOKEN_MOUNT_PATH} through \`${mounts}\`, `
        + `or set \`${path}\` to true.`,
    });
  }
  return findings;
}

/**
 * Returns the relative values path that turns automount off for the component's pods, or
 * undefined when the pods get a token. The pod's own setting overrides the ServiceAccount's.
 * The ServiceAccount's setting counts only when the chart creates the ServiceAccount.
 */
function automountOffPath(own: Record<string, any>): string | undefined {
  if (typeof own.automountServiceAccountToken === 'boolean') {
    return own.automountServiceAccountToken ? undefined : 'automountServiceAccountToken';
  }
  const serviceAccount = isMapping(own.serviceAccount) ? own.serviceAccount : {};
  if (serviceAccount.create !== false && serviceAccount.automountServiceAccountToken === false) {
    return 'serviceAccount.automountServiceAccountToken';
  }
  return undefined;
}

/** Tells whether a volume mount at the token path refers to a projected volume with a token source. */
function mountsProjectedToken(own: Record<string, any>): boolean {
  const mounts = Array.isArray(own.volumeMounts) ? own.volumeMounts : [];
  const volumes = Array.isArray(own.volumes) ? own.volumes : [];
  return mounts.some((mount: any) => {
    if (!isMapping(mount) || String(mount.mountPath ?? '').replace(/\/+$/, '') !== TOKEN_MOUNT_PATH) {
      return false;
    }
    const volume = volumes.find((candidate: any) => isMapping(candidate) && candidate.name === mount.name);
    const sources = volume?.projected?.sources;
    return Array.isArray(sources) && sources.some((source: any) => isMapping(source) && isMapping(source.serviceAccountToken));
  });
}
