import { KUBE_SCORE_PACK } from '../../../src/compliance/packs/kube-score';

/**
 * Every id of kube-score's README_CHECKS.md (commit 06dedc9) in inventory order, with its level. A
 * change here must be deliberate: it changes which findings fail users' synth.
 */
const PINNED = [
  'container-resources warning', 'container-resource-requests-equal-limits info', 'container-cpu-requests-equal-limits info',
  'container-memory-requests-equal-limits info', 'container-image-tag warning', 'container-image-pull-policy warning',
  'container-ephemeral-storage-request-and-limit warning', 'container-ephemeral-storage-request-equals-limit info',
  'container-ports-check info', 'environment-variable-key-duplication warning', 'container-security-context-user-group-id error',
  'container-security-context-privileged error', 'container-security-context-readonlyrootfilesystem error',
  'container-seccomp-profile info', 'pod-probes warning', 'pod-probes-identical warning', 'pod-networkpolicy error',
  'pod-topology-spread-constraints warning', 'networkpolicy-targets-pod warning', 'deployment-strategy warning',
  'deployment-replicas warning', 'deployment-has-host-podantiaffinity warning', 'statefulset-has-host-podantiaffinity warning',
  'deployment-targeted-by-hpa-does-not-have-replicas-configured warning', 'deployment-has-poddisruptionbudget warning',
  'statefulset-has-poddisruptionbudget warning', 'poddisruptionbudget-has-policy warning', 'statefulset-has-servicename warning',
  'deployment-pod-selector-labels-match-template-metadata-labels warning',
  'statefulset-pod-selector-labels-match-template-metadata-labels warning', 'cronjob-has-deadline warning',
  'cronjob-restartpolicy warning', 'horizontalpodautoscaler-has-target warning', 'horizontalpodautoscaler-replicas warning',
  'ingress-targets-service warning', 'service-targets-pod warning', 'service-type warning', 'stable-version warning',
  'label-values warning',
];

describe('kube-score pack', () => {
  test('ids and levels are pinned', () => {
    expect(KUBE_SCORE_PACK.entries.map((entry) => `${entry.controlId} ${entry.level}`)).toEqual(PINNED);
  });

  test('pack lists 39 ids', () => {
    expect(KUBE_SCORE_PACK.entries).toHaveLength(39);
  });
});
