import { POLARIS_PACK } from '../../../src/compliance/packs/polaris';

/**
 * Every id of Polaris's checks/*.yaml in file-name order, with the level its default.yaml gives. A
 * change here must be deliberate: it changes which findings fail users' synth.
 */
const PINNED = [
  'automountServiceAccountToken warning', 'clusterrolePodExecAttach error', 'clusterrolebindingClusterAdmin error',
  'clusterrolebindingPodExecAttach error', 'cpuLimitsMissing warning', 'cpuRequestsMissing warning', 'dangerousCapabilities error',
  'deploymentMissingReplicas warning', 'hostIPCSet error', 'hostNetworkSet error', 'hostPIDSet error', 'hostPathSet warning',
  'hostPortSet warning', 'hostProcess warning', 'hpaMaxAvailability warning', 'hpaMinAvailability warning',
  'insecureCapabilities warning', 'linuxHardening warning', 'livenessProbeMissing warning', 'memoryLimitsMissing warning',
  'memoryRequestsMissing warning', 'metadataAndInstanceMismatched warning', 'missingNetworkPolicy warning',
  'missingPodDisruptionBudget warning', 'notReadOnlyRootFilesystem warning', 'pdbDisruptionsIsZero warning',
  'pdbMinAvailableGreaterThanHPAMinReplicas warning', 'priorityClassNotSet warning', 'privilegeEscalationAllowed error',
  'procMount warning', 'pullPolicyNotAlways warning', 'readinessProbeMissing warning', 'rolePodExecAttach error',
  'rolebindingClusterAdminClusterRole error', 'rolebindingClusterAdminRole error', 'rolebindingClusterRolePodExecAttach error',
  'rolebindingRolePodExecAttach error', 'runAsPrivileged error', 'runAsRootAllowed error', 'sensitiveConfigmapContent error',
  'sensitiveContainerEnvVar error', 'tagNotSpecified error', 'tlsSettingsMissing warning', 'topologySpreadConstraint warning',
];

describe('polaris pack', () => {
  test('ids and levels are pinned', () => {
    expect(POLARIS_PACK.entries.map((entry) => `${entry.controlId} ${entry.level}`)).toEqual(PINNED);
  });

  test('pack lists 44 ids', () => {
    expect(POLARIS_PACK.entries).toHaveLength(44);
  });
});
