/** The three probe fields of a container. */
export const PROBE_FIELDS = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/** The handler of a probe (exec, HTTP GET, TCP socket or gRPC) as comparable JSON; undefined without one. */
export function probeHandler(probe: Record<string, any> | undefined): string | undefined {
  if (!probe) return undefined;
  for (const handler of ['exec', 'httpGet', 'tcpSocket', 'grpc']) {
    if (probe[handler]) return JSON.stringify({ [handler]: probe[handler] });
  }
  return undefined;
}
