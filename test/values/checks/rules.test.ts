import * as path from 'path';
import { selectorMatches } from '../../../src/values/checks/SchedulingSelectorsMatchPods';
import { readValuesFile } from '../../../src/values/read-file';
import { FIXTURES } from '../fixtures';
import { findingsFor, RELEASE } from './helpers';

const TOKEN_VOLUME = {
  name: 'serviceaccount-token',
  projected: { sources: [{ serviceAccountToken: { path: 'token', expirationSeconds: 3607 } }] },
};
const TOKEN_MOUNT = { name: 'serviceaccount-token', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true };

describe('webhook port on host', () => {
  test('fails on kubelet port from config', () => {
    const [finding] = findingsFor({ webhook: { hostNetwork: true, securePort: 10260, config: { securePort: 10250 } } });
    expect(finding.path).toBe('webhook.config.securePort');
    expect(finding.message).not.toContain('chart\'s default');
  });

  test('passes without host network', () => {
    expect(findingsFor({ webhook: { securePort: 10250 } })).toEqual([]);
  });

  test('fails on kube-proxy health port', () => {
    const [finding] = findingsFor({ webhook: { hostNetwork: true, securePort: 10256 } });
    expect(finding.message).toContain('the kube-proxy health endpoint');
  });
});

describe('cainjector namespace flag', () => {
  test('passes when flag matches release namespace', () => {
    expect(findingsFor({ cainjector: { extraArgs: ['--namespace=cert-manager'] } })).toEqual([]);
  });

  test('fails on flag with separate value', () => {
    const [finding] = findingsFor({ cainjector: { extraArgs: ['--namespace', 'other'] } });
    expect(finding.path).toBe('cainjector.extraArgs[0]');
    expect(finding.message).toContain('"--namespace other"');
  });

  test('follows release namespace', () => {
    const release = { ...RELEASE, namespace: 'platform-tls' };
    expect(findingsFor({ cainjector: { extraArgs: ['--namespace=platform-tls'] } }, release)).toEqual([]);
  });
});

describe('pod disruption budget limits', () => {
  test('fails for webhook and cainjector', () => {
    const budget = { enabled: true, minAvailable: 1, maxUnavailable: '50%' };
    const findings = findingsFor({ webhook: { podDisruptionBudget: budget }, cainjector: { podDisruptionBudget: budget } });
    expect(findings.map((finding) => finding.path)).toEqual([
      'webhook.podDisruptionBudget.maxUnavailable',
      'cainjector.podDisruptionBudget.maxUnavailable',
    ]);
    expect(findings[0].message).toContain('`webhook.podDisruptionBudget.maxUnavailable` is "50%"');
  });

  test('passes when budget is off', () => {
    expect(findingsFor({ podDisruptionBudget: { enabled: false, minAvailable: 1, maxUnavailable: 1 } })).toEqual([]);
  });
});

describe('webhook timeout', () => {
  test.each([0, 31, 2.5])('fails on %p', (timeout) => {
    const [finding] = findingsFor({ webhook: { timeoutSeconds: timeout } });
    expect(finding.path).toBe('webhook.timeoutSeconds');
  });

  test.each([1, 30])('passes on %p', (timeout) => {
    expect(findingsFor({ webhook: { timeoutSeconds: timeout } })).toEqual([]);
  });
});

describe('repeated chart flags', () => {
  test('fails with chart flag winning', () => {
    const [finding] = findingsFor({ enableCertificateOwnerRef: true, extraArgs: ['--enable-certificate-owner-ref=false'] });
    expect(finding.path).toBe('extraArgs[0]');
    expect(finding.message).toContain('which is the chart\'s flag, so the one in extraArgs has no effect');
    expect(finding.message).toContain('set `enableCertificateOwnerRef` instead');
  });

  test('fails on list flag adding values', () => {
    const [finding] = findingsFor({ dns01RecursiveNameservers: '192.0.2.53:53', extraArgs: ['--dns01-recursive-nameservers=198.51.100.53:53'] });
    expect(finding.message).toContain('each occurrence adds to it, so both values apply');
  });

  test('fails on webhook feature gates', () => {
    const [finding] = findingsFor({ webhook: { featureGates: 'A=true', extraArgs: ['--feature-gates=B=true'] } });
    expect(finding.path).toBe('webhook.extraArgs[0]');
    expect(finding.message).toContain('both occurrences are merged');
  });

  test('fails on startupapicheck wait', () => {
    const [finding] = findingsFor({ startupapicheck: { extraArgs: ['--wait=10m'] } });
    expect(finding.path).toBe('startupapicheck.extraArgs[0]');
    expect(finding.message).toContain('`--wait=1m`');
  });

  test('passes on flags the chart leaves out', () => {
    const values = { extraArgs: ['--enable-certificate-owner-ref=true', '--dns01-recursive-nameservers-only'] };
    expect(findingsFor(values)).toEqual([]);
  });

  test('passes on secure-port when config sets it', () => {
    const values = { webhook: { config: { securePort: 10260 }, extraArgs: ['--secure-port=10260'] } };
    expect(findingsFor(values)).toEqual([]);
  });
});

describe('service account token', () => {
  test('fails on pod-level automount off', () => {
    const [finding] = findingsFor({ webhook: { automountServiceAccountToken: false } });
    expect(finding.path).toBe('webhook.automountServiceAccountToken');
    expect(finding.message).toContain('`webhook.volumes`');
  });

  test('passes with projected volume mounted', () => {
    const values = { cainjector: { automountServiceAccountToken: false, volumes: [TOKEN_VOLUME], volumeMounts: [TOKEN_MOUNT] } };
    expect(findingsFor(values)).toEqual([]);
  });

  test('fails when mount has no token volume', () => {
    const values = { cainjector: { automountServiceAccountToken: false, volumes: [{ name: 'serviceaccount-token', emptyDir: {} }], volumeMounts: [TOKEN_MOUNT] } };
    const [finding] = findingsFor(values);
    expect(finding.path).toBe('cainjector.automountServiceAccountToken');
  });

  test('pod-level true overrides service account', () => {
    expect(findingsFor({ serviceAccount: { automountServiceAccountToken: false }, automountServiceAccountToken: true })).toEqual([]);
  });

  test('passes for external service account', () => {
    expect(findingsFor({ serviceAccount: { create: false, automountServiceAccountToken: false } })).toEqual([]);
  });

  test('passes for disabled startupapicheck', () => {
    expect(findingsFor({ startupapicheck: { enabled: false, automountServiceAccountToken: false } })).toEqual([]);
  });
});

describe('security context fields', () => {
  test('fails on container field in pod context', () => {
    const [finding] = findingsFor({ webhook: { securityContext: { readOnlyRootFilesystem: true } } });
    expect(finding.path).toBe('webhook.securityContext.readOnlyRootFilesystem');
    expect(finding.message).toContain('move it to `webhook.containerSecurityContext.readOnlyRootFilesystem`');
  });

  test('fails on misspelt nested field', () => {
    const [finding] = findingsFor({ containerSecurityContext: { capabilities: { drops: ['ALL'] } } });
    expect(finding.path).toBe('containerSecurityContext.capabilities.drops');
    expect(finding.message).toContain('Did you mean `containerSecurityContext.capabilities.drop`?');
  });

  test('fails on quoted user id', () => {
    const [finding] = findingsFor({ startupapicheck: { securityContext: { runAsUser: '1000' } } });
    expect(finding.path).toBe('startupapicheck.securityContext.runAsUser');
    expect(finding.message).toContain('must be a whole number, but received a string ("1000")');
  });

  test('fails on wrong list item type', () => {
    const [finding] = findingsFor({ securityContext: { supplementalGroups: [1000, 'x'] } });
    expect(finding.path).toBe('securityContext.supplementalGroups[1]');
  });

  test('passes on every known field', () => {
    const values = {
      securityContext: {
        fsGroup: 1000,
        fsGroupChangePolicy: 'OnRootMismatch',
        runAsGroup: 1000,
        runAsNonRoot: true,
        runAsUser: 1000,
        seLinuxOptions: { level: 's0' },
        seccompProfile: { type: 'RuntimeDefault' },
        supplementalGroups: [1000],
        sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
        appArmorProfile: { type: 'RuntimeDefault' },
      },
      containerSecurityContext: {
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
        privileged: false,
        readOnlyRootFilesystem: true,
        procMount: 'Default',
        windowsOptions: { hostProcess: false },
      },
    };
    expect(findingsFor(values)).toEqual([]);
  });
});

describe('monitors and prometheus', () => {
  test('podmonitor with prometheus off warns', () => {
    const [finding] = findingsFor({ prometheus: { enabled: false, podmonitor: { enabled: true } } });
    expect(finding.level).toBe('warning');
    expect(finding.path).toBe('prometheus.podmonitor.enabled');
    expect(finding.message).toContain('renders no PodMonitor');
  });
});

describe('scheduling selectors', () => {
  test('matrix selectors match in another release', () => {
    const values = readValuesFile(path.join(FIXTURES, 'helm', 'matrix', '01-scheduling-ha.yaml'));
    expect(findingsFor(values, { ...RELEASE, releaseName: 'platform-certs', namespace: 'platform-tls' })).toEqual([]);
  });

  test('anti-affinity on wrong instance warns', () => {
    const term = { labelSelector: { matchLabels: { 'app.kubernetes.io/instance': 'other' } }, topologyKey: 'kubernetes.io/hostname' };
    const [finding] = findingsFor({ affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } } });
    expect(finding.level).toBe('warning');
    expect(finding.path).toBe('affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector');
  });

  test('podLabels make a selector match', () => {
    const constraint = { maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { tier: 'pki' } } };
    expect(findingsFor({ podLabels: { tier: 'pki' }, topologySpreadConstraints: [constraint] })).toEqual([]);
  });

  test('terms on other namespaces are skipped', () => {
    const term = { labelSelector: { matchLabels: { app: 'ingress' } }, namespaces: ['ingress'], topologyKey: 'kubernetes.io/hostname' };
    const weighted = { weight: 10, podAffinityTerm: term };
    expect(findingsFor({ webhook: { affinity: { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [weighted] } } } })).toEqual([]);
  });

  test('selector operators', () => {
    const labels = { app: 'webhook', tier: 'pki' };
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'In', values: ['webhook', 'x'] }] }, labels)).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['webhook'] }] }, labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels)).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, labels)).toBe(false);
    expect(selectorMatches({ matchLabels: { app: 'webhook' }, matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, labels)).toBe(false);
  });
});

describe('image tags', () => {
  test('same release in other spelling passes', () => {
    expect(findingsFor({ image: { tag: '1.21.1' }, webhook: { image: { tag: 'v1.21.1-fips' } } })).toEqual([]);
  });

  test('tag without release warns', () => {
    const [finding] = findingsFor({ acmesolver: { image: { tag: 'latest' } } });
    expect(finding.path).toBe('acmesolver.image.tag');
    expect(finding.message).toContain('names no cert-manager release');
  });

  test('disabled cainjector tag is skipped', () => {
    expect(findingsFor({ cainjector: { enabled: false, image: { tag: 'v1.12.4' } } })).toEqual([]);
  });
});

describe('global keys', () => {
  test('misspelt global key warns', () => {
    const [finding, ...rest] = findingsFor({ global: { logLevl: 4 } });
    expect(rest).toEqual([]);
    expect(finding.level).toBe('warning');
    expect(finding.path).toBe('global.logLevl');
    expect(finding.message).toContain('(received 4)');
    expect(finding.message).toContain('Did you mean `global.logLevel`?');
  });

  test('unknown nested rbac key warns', () => {
    const [finding] = findingsFor({ global: { rbac: { creat: false } } });
    expect(finding.path).toBe('global.rbac.creat');
    expect(finding.message).toContain('Did you mean `global.rbac.create`?');
  });

  test('known global keys pass', () => {
    const values = { global: { logLevel: 4, leaderElection: { namespace: 'cert-manager', leaseDuration: '60s' }, hostUsers: false } };
    expect(findingsFor(values)).toEqual([]);
  });
});
