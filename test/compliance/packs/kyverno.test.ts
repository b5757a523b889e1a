import { KYVERNO_PACK } from '../../../src/compliance/packs/kyverno';

/**
 * Every id of the Kyverno catalogue (commit b9c4317) in inventory order, with its level. A change
 * here must be deliberate: it changes which findings fail users' synth.
 */
const PINNED = [
  'pod-security/baseline/disallow-capabilities warning', 'pod-security/baseline/disallow-host-namespaces warning',
  'pod-security/baseline/disallow-host-path warning', 'pod-security/baseline/disallow-host-ports warning',
  'pod-security/baseline/disallow-host-ports-range warning', 'pod-security/baseline/disallow-host-process warning',
  'pod-security/baseline/disallow-privileged-containers warning', 'pod-security/baseline/disallow-proc-mount warning',
  'pod-security/baseline/disallow-selinux warning', 'pod-security/baseline/restrict-apparmor-profiles warning',
  'pod-security/baseline/restrict-seccomp warning', 'pod-security/baseline/restrict-sysctls warning',
  'pod-security/restricted/disallow-capabilities-strict warning', 'pod-security/restricted/disallow-privilege-escalation warning',
  'pod-security/restricted/require-run-as-non-root-user warning', 'pod-security/restricted/require-run-as-nonroot warning',
  'pod-security/restricted/restrict-seccomp-strict warning', 'pod-security/restricted/restrict-volume-types warning',
  'pod-security/subrule/podsecurity-subrule-baseline error', 'pod-security/subrule/restricted/restricted-latest warning',
  'pod-security/subrule/restricted/restricted-exclude-capabilities warning',
  'pod-security/subrule/restricted/restricted-exclude-seccomp warning', 'best-practices/add-network-policy info',
  'best-practices/add-networkpolicy-dns info', 'best-practices/add-ns-quota info', 'best-practices/add-rolebinding info',
  'best-practices/add-safe-to-evict info', 'best-practices/check-deprecated-apis warning',
  'best-practices/disallow-cri-sock-mount warning', 'best-practices/disallow-default-namespace warning',
  'best-practices/disallow-empty-ingress-host warning', 'best-practices/disallow-helm-tiller warning',
  'best-practices/disallow-latest-tag warning', 'best-practices/require-drop-all warning',
  'best-practices/require-drop-cap-net-raw warning', 'best-practices/require-labels warning',
  'best-practices/require-pod-requests-limits warning', 'best-practices/require-probes warning',
  'best-practices/require-ro-rootfs warning', 'best-practices/restrict-image-registries warning',
  'best-practices/restrict-node-port warning', 'best-practices/restrict-service-external-ips warning',
  'cert-manager/limit-dnsnames warning', 'cert-manager/limit-duration warning', 'cert-manager/restrict-issuer warning',
  'other/restrict-automount-sa-token warning', 'other/restrict-sa-automount-sa-token warning', 'other/restrict-service-account warning',
  'other/check-serviceaccount warning', 'other/check-serviceaccount-secrets warning',
  'other/deny-secret-service-account-token-type warning', 'other/restrict-pod-controller-serviceaccount-updates warning',
  'other/disable-automountserviceaccounttoken warning', 'other/remove-serviceaccount-token warning',
  'other/restrict-binding-clusteradmin warning', 'other/restrict-binding-system-groups warning', 'other/restrict-clusterrole-csr warning',
  'other/restrict-clusterrole-mutating-validating-admission-webhooks warning', 'other/restrict-clusterrole-nodesproxy warning',
  'other/restrict-escalation-verbs-roles warning', 'other/restrict-secret-role-verbs warning',
  'other/restrict-wildcard-resources warning', 'other/restrict-wildcard-verbs warning', 'other/restrict-edit-for-endpoints info',
  'other/block-cluster-admin-from-ns warning', 'other/require-non-root-groups warning', 'other/restrict-usergroup-fsgroup-id warning',
  'other/require-unique-uid-per-workload warning', 'other/ensure-readonly-hostpath warning', 'other/limit-hostpath-vols warning',
  'other/docker-socket-requires-label warning', 'other/prevent-cr8escape error', 'other/block-ephemeral-containers warning',
  'other/restrict-controlplane-scheduling warning', 'other/restrict-node-selection warning', 'other/add-default-securitycontext info',
  'other/apply-pss-restricted-profile info', 'other/disallow-secrets-from-env-vars warning', 'other/disallow-all-secrets warning',
  'other/restrict-secrets-by-name warning', 'other/restrict-secrets-by-label warning', 'other/require-cpu-limits warning',
  'other/forbid-cpu-limits warning', 'other/memory-requests-equal-limits warning', 'other/require-qos-guaranteed warning',
  'other/require-qos-burstable warning', 'other/enforce-resources-as-ratio warning', 'other/require-emptydir-requests-limits warning',
  'other/add-emptydir-sizelimit info', 'other/require-pod-priorityclassname warning', 'other/allowed-pod-priorities warning',
  'other/ensure-probes-different warning', 'other/deny-commands-in-exec-probe warning',
  'other/require-deployments-have-multiple-replicas warning', 'other/require-pdb warning', 'other/pdb-maxunavailable warning',
  'other/pdb-maxunavailable-with-deployments warning', 'other/pdb-minavailable warning', 'other/require-reasonable-pdbs warning',
  'other/deployment-replicas-higher-than-pdb warning', 'other/require-replicas-allow-disruption warning',
  'other/topologyspreadconstraints-policy warning', 'other/prevent-bare-pods warning', 'other/check-hpa-exists warning',
  'other/create-default-pdb info', 'other/create-pod-antiaffinity info', 'other/spread-pods-across-topology info',
  'other/require-image-checksum warning', 'other/imagepullpolicy-always warning', 'other/allowed-image-repos warning',
  'other/advanced-restrict-image-registries warning', 'other/restrict-deprecated-registry error',
  'other/require-imagepullsecrets warning', 'other/resolve-image-to-digest warning', 'other/verify-image warning',
  'other/require-vulnerability-scan warning', 'other/block-stale-images warning', 'other/only-trustworthy-registries-set-root warning',
  'other/require-netpol warning', 'other/restrict-networkpolicy-empty-podselector warning', 'other/disable-service-discovery info',
  'other/require-container-port-names warning', 'other/limit-containers-per-pod warning', 'other/require-annotations warning',
  'other/restrict-jobs warning',
];

describe('kyverno pack', () => {
  test('ids and levels are pinned', () => {
    expect(KYVERNO_PACK.entries.map((entry) => `${entry.controlId} ${entry.level}`)).toEqual(PINNED);
  });

  test('pack lists 125 ids', () => {
    expect(KYVERNO_PACK.entries).toHaveLength(125);
  });
});
