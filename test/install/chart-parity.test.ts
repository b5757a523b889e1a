import { synthInstall } from '../util/install';
import { diffRenderings, objectKey, readManifestsFixture } from '../util/parity';

/**
 * Every field where the default install differs from the chart rendered with cert-manager's
 * best-practice values, and why. Each pattern must match at least one difference, so the list
 * stays exact.
 */
const HARDENING_DIFFERENCES: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^unexpected NetworkPolicy\/cert-manager\/cert-manager-startupapicheck$/,
    reason: 'the startupapicheck Job gets a NetworkPolicy too; the chart has none for it',
  },
  {
    pattern: /^unexpected (LimitRange\/cert-manager\/cert-manager-defaults|ResourceQuota\/cert-manager\/cert-manager-quota)$/,
    reason: 'the install namespace gets container defaults and a quota sized to the install',
  },
  {
    pattern: /^unexpected NetworkPolicy\/cert-manager\/cert-manager-default-deny$/,
    reason: 'pods of the install namespace that no policy covers get no traffic',
  },
  {
    pattern: /^Deployment\/cert-manager\/[a-z-]+\.spec\.template\.spec\.affinity: \{"podAntiAffinity":.*\}, expected undefined$/,
    reason: 'replicas prefer nodes without another replica',
  },
  {
    pattern: /^(Deployment|Job)\/cert-manager\/[a-z-]+\.spec\.template\.spec\.securityContext\.fsGroup: 1000\d, expected undefined$/,
    reason: 'mounted volumes belong to the component\'s own group',
  },
  {
    pattern: /^(Deployment|Job)\/cert-manager\/[a-z-]+\.spec\.template\.spec\.containers\[0\]\.resources: \{.*\}, expected undefined$/,
    reason: 'requests and limits on every container',
  },
  {
    pattern: /^(Deployment|Job)\/cert-manager\/[a-z-]+\.spec\.template\.spec\.securityContext\.runAs(User|Group): 1000\d, expected undefined$/,
    reason: 'a non-root user and group above 10000, one per component',
  },
  {
    pattern: /^(Deployment|Job)\/cert-manager\/[a-z-]+\.spec\.template\.spec\.containers\[0\]\.securityContext\.(runAsUser|runAsGroup|runAsNonRoot|seccompProfile)(\.type)?: .*, expected undefined$/,
    reason: 'the container repeats the pod\'s non-root user and seccomp profile, so it stays restricted if moved to another pod',
  },
  {
    pattern: /^Deployment\/cert-manager\/[a-z-]+\.spec\.template\.spec\.topologySpreadConstraints: \[.*\], expected undefined$/,
    reason: 'replicas spread over nodes and zones',
  },
  {
    pattern: /^NetworkPolicy\/cert-manager\/[a-z-]+-allow-(ingress|egress)\.spec\.(ingress|egress)/,
    reason: 'least-privilege rules: API server and DNS egress, webhook ingress from the API server, metrics from Prometheus',
  },
];

describe('default install against the chart best-practice rendering', () => {
  const expected = readManifestsFixture('helm/v1.21.1-best-practice.yaml');
  const actual = synthInstall();

  test('contains all 53 chart objects', () => {
    expect(expected).toHaveLength(53);
    const keys = new Set(actual.map(objectKey));
    expect(expected.map(objectKey).filter((key) => !keys.has(key))).toEqual([]);
  });

  test('keeps names labels and selectors', () => {
    for (const chartObject of expected) {
      const ours = actual.find((o) => objectKey(o) === objectKey(chartObject));
      const key = objectKey(chartObject);
      expect({ key, labels: ours.metadata.labels }).toEqual({ key, labels: chartObject.metadata.labels });
      expect({ key, selector: ours.spec?.selector }).toEqual({ key, selector: chartObject.spec?.selector });
      expect({ key, podSelector: ours.spec?.podSelector }).toEqual({ key, podSelector: chartObject.spec?.podSelector });
      expect({ key: objectKey(chartObject), template: ours.spec?.template?.metadata?.labels })
        .toEqual({ key: objectKey(chartObject), template: chartObject.spec?.template?.metadata?.labels });
    }
  });

  test('differs only where hardened', () => {
    const differences = diffRenderings(actual, expected);
    const unexplained = differences.filter((line) => !HARDENING_DIFFERENCES.some((d) => d.pattern.test(line)));
    expect(unexplained).toEqual([]);
  });

  test('lists no stale difference', () => {
    const differences = diffRenderings(actual, expected);
    const unused = HARDENING_DIFFERENCES.filter((d) => !differences.some((line) => d.pattern.test(line))).map((d) => d.reason);
    expect(unused).toEqual([]);
  });
});
