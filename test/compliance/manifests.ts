import { ApiObject, Testing } from 'cdk8s';
import { Check, ManifestObject, RuleResult } from '../../src/compliance/rule';

/**
 * Synthesizes plain objects as `ApiObject`s of one chart and returns them as checks see them.
 */
export function synthesize(...manifests: Record<string, any>[]): ManifestObject[] {
  const chart = Testing.chart();
  manifests.forEach((manifest, index) => {
    const { apiVersion, kind, metadata, ...rest } = manifest;
    new ApiObject(chart, `object${index}`, { apiVersion, kind, metadata, ...rest });
  });
  return Testing.synth(chart).map((manifest, index) => ({ manifest, constructPath: `test/object${index}` }));
}

/**
 * Runs a check the way the engine does: kinds outside the check's list are not applicable.
 */
export function runCheck(check: Check, object: ManifestObject, all: ManifestObject[] = [object]): RuleResult {
  if (check.kinds.length > 0 && !check.kinds.includes(object.manifest.kind)) {
    return 'not-applicable';
  }
  return check.check(object, all);
}

/**
 * Returns the field paths of the violations of a result, or the result itself when it is not a
 * list of violations.
 */
export function violationPaths(result: RuleResult): string[] | RuleResult {
  return Array.isArray(result) ? result.map((violation) => violation.fieldPath) : result;
}

/** Builds a container that meets every container check of the library. */
export function hardenedContainer(overrides: Record<string, any> = {}): Record<string, any> {
  return {
    name: 'app',
    image: 'registry.example.com/app:v1.2.3@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    imagePullPolicy: 'Always',
    ports: [{ containerPort: 8080, name: 'http' }],
    resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
    livenessProbe: { httpGet: { path: '/livez', port: 'http' } },
    readinessProbe: { httpGet: { path: '/readyz', port: 'http' } },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    },
    ...overrides,
  };
}

/** Builds a pod spec that meets every pod check of the library. */
export function hardenedPodSpec(overrides: Record<string, any> = {}): Record<string, any> {
  return {
    serviceAccountName: 'app',
    automountServiceAccountToken: false,
    priorityClassName: 'high',
    nodeSelector: { pool: 'platform' },
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 20000,
      runAsGroup: 20000,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    topologySpreadConstraints: [
      { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'app' } } },
      { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'app' } } },
    ],
    containers: [hardenedContainer()],
    ...overrides,
  };
}

/** Builds a Deployment manifest in namespace `apps` with the given pod spec. */
export function deployment(podSpec: Record<string, any> = hardenedPodSpec(), extra: Record<string, any> = {}): Record<string, any> {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'app', namespace: 'apps', labels: { 'app.kubernetes.io/version': '1.2.3' }, ...extra.metadata },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'app' } },
      template: { metadata: { labels: { app: 'app' } }, spec: podSpec },
      ...extra.spec,
    },
  };
}

/** Builds a Deployment whose only container has the given overrides. */
export function deploymentWithContainer(overrides: Record<string, any>): Record<string, any> {
  return deployment(hardenedPodSpec({ containers: [hardenedContainer(overrides)] }));
}

/** Builds a Deployment whose pod spec has the given overrides. */
export function deploymentWithPod(overrides: Record<string, any>): Record<string, any> {
  return deployment(hardenedPodSpec(overrides));
}

/** Builds a Service, a kind that no pod check reads. */
export function service(): Record<string, any> {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'app', namespace: 'apps' }, spec: { selector: { app: 'app' }, ports: [{ port: 80 }] } };
}

/**
 * Returns the messages of the violations of a result, or an empty list when it is not a list of
 * violations.
 */
export function violationMessages(result: RuleResult): string[] {
  return Array.isArray(result) ? result.map((violation) => violation.message) : [];
}
