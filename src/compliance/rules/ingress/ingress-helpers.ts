/** A backend Service reference of an Ingress with its field path. */
export interface IngressServiceBackend {
  readonly name: string;
  readonly path: string;
}

/** Lists the Service backends of an Ingress of `networking.k8s.io/v1` or the older beta shape. */
export function ingressServiceBackends(manifest: Record<string, any>): IngressServiceBackend[] {
  const backends: IngressServiceBackend[] = [];
  const add = (backend: any, path: string) => {
    const name = backend?.service?.name ?? backend?.serviceName;
    if (typeof name === 'string') backends.push({ name, path });
  };
  add(manifest.spec?.defaultBackend, 'spec.defaultBackend');
  add(manifest.spec?.backend, 'spec.backend');
  (manifest.spec?.rules ?? []).forEach((rule: any, ruleIndex: number) => {
    (rule?.http?.paths ?? []).forEach((path: any, pathIndex: number) => {
      add(path?.backend, `spec.rules[${ruleIndex}].http.paths[${pathIndex}].backend`);
    });
  });
  return backends;
}
