import { LEARNK8S_PACK } from '../../../src/compliance/packs/learnk8s';

/**
 * Every id of the Learnk8s checklist, classic then 2026 edition, in item order, with its level. A
 * change here must be deliberate: it changes which findings fail users' synth.
 */
const PINNED = [
  'LK8S-HEALTH-1 warning', 'LK8S-HEALTH-2 info', 'LK8S-HEALTH-3 info', 'LK8S-HEALTH-4 warning', 'LK8S-INDEP-1 info', 'LK8S-INDEP-2 info',
  'LK8S-SHUTDOWN-1 info', 'LK8S-SHUTDOWN-2 info', 'LK8S-SHUTDOWN-3 info', 'LK8S-SHUTDOWN-4 info', 'LK8S-FAULT-1 warning',
  'LK8S-FAULT-2 warning', 'LK8S-FAULT-3 warning', 'LK8S-RESOURCES-1 warning', 'LK8S-RESOURCES-2 info', 'LK8S-RESOURCES-3 info',
  'LK8S-RESOURCES-4 warning', 'LK8S-RESOURCES-5 info', 'LK8S-LABELS-1 info', 'LK8S-LABELS-2 info', 'LK8S-LABELS-3 info',
  'LK8S-LOGGING-1 info', 'LK8S-LOGGING-2 info', 'LK8S-SCALING-1 info', 'LK8S-SCALING-2 info', 'LK8S-SCALING-3 info',
  'LK8S-SCALING-4 info', 'LK8S-CONFIG-1 info', 'LK8S-CONFIG-2 error', 'LK8S-NSLIMITS-1 warning', 'LK8S-NSLIMITS-2 warning',
  'LK8S-PODSEC-1 error', 'LK8S-PODSEC-2 error', 'LK8S-PODSEC-3 error', 'LK8S-PODSEC-4 error', 'LK8S-PODSEC-5 error',
  'LK8S-PODSEC-6 error', 'LK8S-NETPOL-1 error', 'LK8S-NETPOL-2 error', 'LK8S-RBAC-1 error', 'LK8S-RBAC-2 error', 'LK8S-RBAC-3 warning',
  'LK8S-CUSTOM-1 warning', 'LK8S-CUSTOM-2 warning', 'LK8S-CUSTOM-3 warning', 'LK8S-CLUSTERCFG-1 error', 'LK8S-CLUSTERCFG-2 error',
  'LK8S-CLUSTERCFG-3 info', 'LK8S-AUTHN-1 error', 'LK8S-CLUSTERRBAC-1 warning', 'LK8S-LOGSETUP-1 info', 'LK8S-LOGSETUP-2 info',
  'LK8S-LOGSETUP-3 info', 'LK8S-LOGSETUP-4 info', 'LK8S-APP-1 info', 'LK8S-APP-2 error', 'LK8S-APP-3 info', 'LK8S-APP-4 info',
  'LK8S-APP-5 info', 'LK8S-APP-6 info', 'LK8S-IMAGE-1 info', 'LK8S-IMAGE-2 warning', 'LK8S-RUNTIME-1 warning', 'LK8S-RUNTIME-2 warning',
  'LK8S-RUNTIME-3 warning', 'LK8S-ROLLOUT-1 info', 'LK8S-ROLLOUT-2 info', 'LK8S-ROLLOUT-3 info', 'LK8S-PLACEMENT-1 error',
  'LK8S-PLACEMENT-2 warning', 'LK8S-PLACEMENT-3 warning', 'LK8S-METADATA-1 error', 'LK8S-METADATA-2 info', 'LK8S-METADATA-3 warning',
  'LK8S-ACCESS-1 error', 'LK8S-ACCESS-2 error', 'LK8S-ACCESS-3 error', 'LK8S-SUPPLY-1 warning', 'LK8S-SUPPLY-2 warning',
  'LK8S-CLOUD-1 warning', 'LK8S-CLOUD-2 warning', 'LK8S-SCALEMODEL-1 info', 'LK8S-SCALEMODEL-2 warning', 'LK8S-SCALEMODEL-3 info',
  'LK8S-PRESSURE-1 info', 'LK8S-PRESSURE-2 info', 'LK8S-TRAFFIC-1 info', 'LK8S-TRAFFIC-2 info', 'LK8S-VISIBILITY-1 info',
  'LK8S-VISIBILITY-2 info', 'LK8S-RECOVERY-1 info', 'LK8S-RECOVERY-2 info', 'LK8S-RUNBOOK-1 info', 'LK8S-RUNBOOK-2 info',
];

describe('learnk8s pack', () => {
  test('ids and levels are pinned', () => {
    expect(LEARNK8S_PACK.entries.map((entry) => `${entry.controlId} ${entry.level}`)).toEqual(PINNED);
  });

  test('pack lists 94 ids', () => {
    expect(LEARNK8S_PACK.entries).toHaveLength(94);
  });
});
