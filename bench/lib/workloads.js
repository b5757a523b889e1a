// Generates hardened Deployments with a Service each, for scaling runs of the compliance checks.
'use strict';

/**
 * Returns the manifests of workload number `index`: a Deployment whose pod meets the restricted
 * Pod Security Standard, and the ClusterIP Service in front of it.
 */
function workloadManifests(index) {
  const name = `app-${String(index).padStart(5, '0')}`;
  const namespace = `team-${index % 20}`;
  const labels = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name, 'app.kubernetes.io/component': 'server' };
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          serviceAccountName: name,
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          priorityClassName: 'business-critical',
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            runAsGroup: 10001,
            fsGroup: 10001,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          topologySpreadConstraints: [{
            maxSkew: 1,
            topologyKey: 'topology.kubernetes.io/zone',
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: { matchLabels: labels },
          }],
          containers: [{
            name: 'server',
            image: `registry.example.com/team/${name}@sha256:${'0'.repeat(63)}${index % 10}`,
            imagePullPolicy: 'IfNotPresent',
            args: ['--listen=:8080', `--name=${name}`],
            ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
            resources: {
              requests: { cpu: '50m', memory: '64Mi', 'ephemeral-storage': '16Mi' },
              limits: { cpu: '500m', memory: '128Mi', 'ephemeral-storage': '64Mi' },
            },
            livenessProbe: { httpGet: { path: '/livez', port: 'http' }, periodSeconds: 10 },
            readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 5 },
            securityContext: {
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              capabilities: { drop: ['ALL'] },
            },
          }],
        },
      },
    },
  };
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels },
    spec: {
      type: 'ClusterIP',
      selector: labels,
      ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }],
    },
  };
  return [deployment, service];
}

module.exports = { workloadManifests };
