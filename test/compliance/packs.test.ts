import { CompliancePack } from '../../src/compliance';

/**
 * Every rule of the packs defined next to the engine as `<rule id> <level>`; the scanner packs pin
 * their own. A change here must be deliberate: it changes which findings fail users' synth.
 */
const PINNED: Record<string, string[]> = {
  'pss-baseline': [
    'PSS-baseline-host-process error', 'PSS-baseline-host-namespaces error', 'PSS-baseline-privileged-containers error',
    'PSS-baseline-capabilities error', 'PSS-baseline-hostpath-volumes error', 'PSS-baseline-host-ports error',
    'PSS-baseline-apparmor error', 'PSS-baseline-selinux error', 'PSS-baseline-proc-mount-type error', 'PSS-baseline-seccomp error',
    'PSS-baseline-sysctls error',
  ],
  'pss-restricted': [
    'PSS-restricted-volume-types error', 'PSS-restricted-privilege-escalation error', 'PSS-restricted-running-as-non-root error',
    'PSS-restricted-running-as-non-root-user error', 'PSS-restricted-seccomp error', 'PSS-restricted-capabilities error',
  ],
  'cis-kubernetes': [
    'CIS-5.1.1 error', 'CIS-5.1.2 warning', 'CIS-5.1.3 error', 'CIS-5.1.4 warning', 'CIS-5.1.5 warning', 'CIS-5.1.6 warning',
    'CIS-5.1.7 error', 'CIS-5.1.8 error', 'CIS-5.1.9 warning', 'CIS-5.1.10 error', 'CIS-5.1.11 error', 'CIS-5.1.12 warning',
    'CIS-5.1.13 warning', 'CIS-5.2.1 warning', 'CIS-5.2.2 error', 'CIS-5.2.3 error', 'CIS-5.2.4 error', 'CIS-5.2.5 error',
    'CIS-5.2.6 error', 'CIS-5.2.7 error', 'CIS-5.2.8 warning', 'CIS-5.2.9 warning', 'CIS-5.2.10 warning', 'CIS-5.2.11 error',
    'CIS-5.2.12 error', 'CIS-5.2.13 warning', 'CIS-5.3.1 info', 'CIS-5.3.2 warning', 'CIS-5.4.1 warning', 'CIS-5.4.2 info',
    'CIS-5.5.1 info', 'CIS-5.7.1 warning', 'CIS-5.7.2 warning', 'CIS-5.7.3 warning', 'CIS-5.7.4 warning',
  ],
  'nsa-cisa': [
    'NSA-POD-1 error', 'NSA-POD-2 info', 'NSA-POD-3 warning', 'NSA-POD-4 warning', 'NSA-POD-5 warning', 'NSA-POD-6 error',
    'NSA-POD-7 error', 'NSA-POD-8 error', 'NSA-POD-9 error', 'NSA-POD-10 error', 'NSA-POD-11 warning', 'NSA-POD-12 warning',
    'NSA-POD-13 warning', 'NSA-POD-14 warning', 'NSA-POD-15 warning', 'NSA-POD-16 warning', 'NSA-POD-17 info', 'NSA-NET-1 warning',
    'NSA-NET-2 warning', 'NSA-NET-3 info', 'NSA-NET-4 info', 'NSA-NET-5 info', 'NSA-NET-6 warning', 'NSA-NET-7 info', 'NSA-NET-8 info',
    'NSA-NET-9 info', 'NSA-NET-10 info', 'NSA-NET-11 info', 'NSA-NET-12 info', 'NSA-NET-13 warning', 'NSA-NET-14 info', 'NSA-AUTH-1 info',
    'NSA-AUTH-2 info', 'NSA-AUTH-3 error', 'NSA-AUTH-4 info', 'NSA-LOG-1 info', 'NSA-LOG-2 info', 'NSA-LOG-3 info', 'NSA-LOG-4 info',
    'NSA-LOG-5 info', 'NSA-LOG-6 info', 'NSA-LOG-7 info', 'NSA-LOG-8 info', 'NSA-UPGRADE-1 info', 'NSA-UPGRADE-2 info',
    'NSA-UPGRADE-3 info',
  ],
  'bsi': [
    'BSI-APP.4.4.A1 warning', 'BSI-APP.4.4.A2 info', 'BSI-APP.4.4.A3 error', 'BSI-APP.4.4.A4 error', 'BSI-APP.4.4.A5 info',
    'BSI-APP.4.4.A6 info', 'BSI-APP.4.4.A7 warning', 'BSI-APP.4.4.A8 info', 'BSI-APP.4.4.A9 warning', 'BSI-APP.4.4.A10 info',
    'BSI-APP.4.4.A11 warning', 'BSI-APP.4.4.A12 info', 'BSI-APP.4.4.A13 info', 'BSI-APP.4.4.A14 info', 'BSI-APP.4.4.A15 info',
    'BSI-APP.4.4.A16 info', 'BSI-APP.4.4.A17 info', 'BSI-APP.4.4.A18 info', 'BSI-APP.4.4.A19 info', 'BSI-APP.4.4.A20 info',
    'BSI-APP.4.4.A21 info', 'BSI-SYS.1.6.A1 info', 'BSI-SYS.1.6.A2 info', 'BSI-SYS.1.6.A3 warning', 'BSI-SYS.1.6.A4 info',
    'BSI-SYS.1.6.A5 warning', 'BSI-SYS.1.6.A6 warning', 'BSI-SYS.1.6.A7 info', 'BSI-SYS.1.6.A8 warning', 'BSI-SYS.1.6.A9 info',
    'BSI-SYS.1.6.A10 info', 'BSI-SYS.1.6.A11 info', 'BSI-SYS.1.6.A12 info', 'BSI-SYS.1.6.A13 info', 'BSI-SYS.1.6.A14 info',
    'BSI-SYS.1.6.A15 warning', 'BSI-SYS.1.6.A16 warning', 'BSI-SYS.1.6.A17 error', 'BSI-SYS.1.6.A18 error', 'BSI-SYS.1.6.A19 warning',
    'BSI-SYS.1.6.A20 info', 'BSI-SYS.1.6.A21 info', 'BSI-SYS.1.6.A22 info', 'BSI-SYS.1.6.A23 info', 'BSI-SYS.1.6.A24 info',
    'BSI-SYS.1.6.A25 info', 'BSI-SYS.1.6.A26 info',
  ],
  'cert-manager-best-practice': [
    'CM-BP-NETWORK-POLICY warning', 'CM-BP-NETWORK-LEAST-PRIVILEGE warning', 'CM-BP-DEDICATED-NODES info',
    'CM-BP-LINUX-NODE-SELECTOR warning', 'CM-BP-REPLICAS warning', 'CM-BP-LEADER-ELECTED-REPLICAS info', 'CM-BP-TOPOLOGY-SPREAD warning',
    'CM-BP-PDB warning', 'CM-BP-PRIORITY-CLASS warning', 'CM-BP-PRIORITY-QUOTA info', 'CM-BP-RESOURCES warning',
    'CM-BP-CAINJECTOR-SCOPE info', 'CM-BP-LIVENESS-PROBES warning', 'CM-BP-AUTOMOUNT-SA-TOKEN warning', 'CM-BP-PROJECTED-SA-TOKEN warning',
    'CM-BP-HELM-VALUES info',
  ],
  'controlplane-2026': [
    'CP-R-ARCH-01 info', 'CP-R-ARCH-02 warning', 'CP-R-ARCH-03 warning', 'CP-R-RBAC-01 warning', 'CP-R-RBAC-02 error',
    'CP-R-RBAC-03 warning', 'CP-R-RBAC-04 warning', 'CP-R-CONFIG-01 error', 'CP-R-CONFIG-02 warning', 'CP-R-CONFIG-03 warning',
    'CP-R-CONFIG-04 warning', 'CP-R-NETWORK-01 warning', 'CP-R-NETWORK-02 info', 'CP-R-NETWORK-03 info', 'CP-R-STORAGE-01 info',
    'CP-R-STORAGE-02 warning', 'CP-R-MONITORING-01 info', 'CP-R-MONITORING-02 info',
  ],
  'cert-manager-issuers': [
    'CMI-KEY-MINIMUM error', 'CMI-KEY-STRENGTH warning', 'CMI-KEY-ROTATION warning', 'CMI-LIFETIME warning',
    'CMI-NO-INLINE-CREDENTIALS error', 'CMI-ACME-EMAIL warning', 'CMI-CLUSTER-ISSUER-SCOPE warning', 'CMI-HTTP01-SOLVER-POD warning',
  ],
};

/**
 * The control ids of each standard's inventory: CIS Kubernetes Benchmark v1.10.0 section 5 (ids
 * as kube-bench and Kubescape list them), the proposed NSA/CISA v1.2 ids, BSI APP.4.4 and SYS.1.6
 * (2023), the proposed Best Practice page ids, the ControlPlane 2026 R-* ids, and the Pod Security
 * Standards controls (ids proposed by this library from the control names).
 */
const INVENTORY: Record<string, string[]> = {
  'cis-kubernetes': [
    '5.1.1', '5.1.2', '5.1.3', '5.1.4', '5.1.5', '5.1.6', '5.1.7', '5.1.8', '5.1.9', '5.1.10', '5.1.11', '5.1.12', '5.1.13', '5.2.1',
    '5.2.2', '5.2.3', '5.2.4', '5.2.5', '5.2.6', '5.2.7', '5.2.8', '5.2.9', '5.2.10', '5.2.11', '5.2.12', '5.2.13', '5.3.1', '5.3.2',
    '5.4.1', '5.4.2', '5.5.1', '5.7.1', '5.7.2', '5.7.3', '5.7.4',
  ],
  'nsa-cisa': [
    'POD-1', 'POD-2', 'POD-3', 'POD-4', 'POD-5', 'POD-6', 'POD-7', 'POD-8', 'POD-9', 'POD-10', 'POD-11', 'POD-12', 'POD-13', 'POD-14',
    'POD-15', 'POD-16', 'POD-17', 'NET-1', 'NET-2', 'NET-3', 'NET-4', 'NET-5', 'NET-6', 'NET-7', 'NET-8', 'NET-9', 'NET-10', 'NET-11',
    'NET-12', 'NET-13', 'NET-14', 'AUTH-1', 'AUTH-2', 'AUTH-3', 'AUTH-4', 'LOG-1', 'LOG-2', 'LOG-3', 'LOG-4', 'LOG-5', 'LOG-6', 'LOG-7',
    'LOG-8', 'UPGRADE-1', 'UPGRADE-2', 'UPGRADE-3',
  ],
  'bsi': [
    'APP.4.4.A1', 'APP.4.4.A2', 'APP.4.4.A3', 'APP.4.4.A4', 'APP.4.4.A5', 'APP.4.4.A6', 'APP.4.4.A7', 'APP.4.4.A8', 'APP.4.4.A9',
    'APP.4.4.A10', 'APP.4.4.A11', 'APP.4.4.A12', 'APP.4.4.A13', 'APP.4.4.A14', 'APP.4.4.A15', 'APP.4.4.A16', 'APP.4.4.A17', 'APP.4.4.A18',
    'APP.4.4.A19', 'APP.4.4.A20', 'APP.4.4.A21', 'SYS.1.6.A1', 'SYS.1.6.A2', 'SYS.1.6.A3', 'SYS.1.6.A4', 'SYS.1.6.A5', 'SYS.1.6.A6',
    'SYS.1.6.A7', 'SYS.1.6.A8', 'SYS.1.6.A9', 'SYS.1.6.A10', 'SYS.1.6.A11', 'SYS.1.6.A12', 'SYS.1.6.A13', 'SYS.1.6.A14', 'SYS.1.6.A15',
    'SYS.1.6.A16', 'SYS.1.6.A17', 'SYS.1.6.A18', 'SYS.1.6.A19', 'SYS.1.6.A20', 'SYS.1.6.A21', 'SYS.1.6.A22', 'SYS.1.6.A23', 'SYS.1.6.A24',
    'SYS.1.6.A25', 'SYS.1.6.A26',
  ],
  'cert-manager-best-practice': [
    'NETWORK-POLICY', 'NETWORK-LEAST-PRIVILEGE', 'DEDICATED-NODES', 'LINUX-NODE-SELECTOR', 'REPLICAS', 'LEADER-ELECTED-REPLICAS',
    'TOPOLOGY-SPREAD', 'PDB', 'PRIORITY-CLASS', 'PRIORITY-QUOTA', 'RESOURCES', 'CAINJECTOR-SCOPE', 'LIVENESS-PROBES', 'AUTOMOUNT-SA-TOKEN',
    'PROJECTED-SA-TOKEN', 'HELM-VALUES',
  ],
  'controlplane-2026': [
    'R-ARCH-01', 'R-ARCH-02', 'R-ARCH-03', 'R-RBAC-01', 'R-RBAC-02', 'R-RBAC-03', 'R-RBAC-04', 'R-CONFIG-01', 'R-CONFIG-02', 'R-CONFIG-03',
    'R-CONFIG-04', 'R-NETWORK-01', 'R-NETWORK-02', 'R-NETWORK-03', 'R-STORAGE-01', 'R-STORAGE-02', 'R-MONITORING-01', 'R-MONITORING-02',
  ],
  'pss-baseline': [
    'baseline-host-process', 'baseline-host-namespaces', 'baseline-privileged-containers', 'baseline-capabilities',
    'baseline-hostpath-volumes', 'baseline-host-ports', 'baseline-apparmor', 'baseline-selinux', 'baseline-proc-mount-type',
    'baseline-seccomp', 'baseline-sysctls',
  ],
  'pss-restricted': [
    'restricted-volume-types', 'restricted-privilege-escalation', 'restricted-running-as-non-root', 'restricted-running-as-non-root-user',
    'restricted-seccomp', 'restricted-capabilities',
  ],
};

describe('packs', () => {
  test.each(Object.keys(PINNED))('%s ids and levels are pinned', (name) => {
    const pack = CompliancePack.all().find((candidate) => candidate.name === name)!;
    expect(pack._pack.entries.map((entry) => `${pack.prefix}-${entry.controlId} ${entry.level}`)).toEqual(PINNED[name]);
  });

  test.each(Object.keys(INVENTORY))('%s covers its inventory exactly', (name) => {
    const pack = CompliancePack.all().find((candidate) => candidate.name === name)!;
    expect(pack._pack.entries.map((entry) => entry.controlId)).toEqual(INVENTORY[name]);
  });

  test('every entry has a check or a reason', () => {
    for (const pack of CompliancePack.all()) {
      for (const entry of pack._pack.entries) {
        const decided = entry.check !== undefined;
        const reason = (entry.notEvaluatedReason ?? '').length > 0;
        expect(`${pack.prefix}-${entry.controlId} ${decided !== reason}`).toBe(`${pack.prefix}-${entry.controlId} true`);
      }
    }
  });

  test('rule ids are unique across packs', () => {
    const ids = CompliancePack.all().flatMap((pack) => pack.ruleIds);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('check names are unique per check', () => {
    const byName = new Map<string, unknown>();
    for (const pack of CompliancePack.all()) {
      for (const entry of pack._pack.entries) {
        if (!entry.check) continue;
        const seen = byName.get(entry.check.name);
        expect(seen === undefined || seen === entry.check).toBe(true);
        byName.set(entry.check.name, entry.check);
      }
    }
  });

  test('all lists every pack once', () => {
    expect(CompliancePack.all().map((pack) => pack.name)).toEqual([
      'pss-baseline', 'pss-restricted', 'cis-kubernetes', 'nsa-cisa', 'bsi', 'cert-manager-best-practice', 'controlplane-2026',
      'cert-manager-issuers', 'datree', 'kyverno', 'polaris', 'kube-score', 'learnk8s',
    ]);
  });
});
