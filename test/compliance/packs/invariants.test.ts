import { DATREE_PACK } from '../../../src/compliance/packs/datree';
import { KUBE_SCORE_PACK } from '../../../src/compliance/packs/kube-score';
import { KYVERNO_PACK } from '../../../src/compliance/packs/kyverno';
import { LEARNK8S_PACK } from '../../../src/compliance/packs/learnk8s';
import { POLARIS_PACK } from '../../../src/compliance/packs/polaris';
import { Check } from '../../../src/compliance/rule';

const PACKS = [DATREE_PACK, POLARIS_PACK, KYVERNO_PACK, KUBE_SCORE_PACK, LEARNK8S_PACK];

describe('scanner and checklist packs', () => {
  test.each(PACKS.map((pack) => [pack.name, pack] as const))('%s entries have a check or a reason', (_name, pack) => {
    for (const entry of pack.entries) {
      const hasCheck = entry.check !== undefined;
      const reason = entry.notEvaluatedReason ?? '';
      expect({ id: entry.controlId, decided: hasCheck || reason.length >= 10 }).toEqual({ id: entry.controlId, decided: true });
      expect({ id: entry.controlId, both: hasCheck && reason !== '' }).toEqual({ id: entry.controlId, both: false });
    }
  });

  test.each(PACKS.map((pack) => [pack.name, pack] as const))('%s rule ids are unique', (_name, pack) => {
    const ids = pack.entries.map((entry) => `${pack.prefix}-${entry.controlId}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('check names identify one check each', () => {
    const byName = new Map<string, Check>();
    for (const pack of PACKS) {
      for (const entry of pack.entries) {
        if (!entry.check) continue;
        const known = byName.get(entry.check.name);
        expect({ name: entry.check.name, same: known === undefined || known === entry.check }).toEqual({ name: entry.check.name, same: true });
        byName.set(entry.check.name, entry.check);
      }
    }
  });

  test('datree leaves only go extension rules unevaluated', () => {
    const unevaluated = DATREE_PACK.entries.filter((entry) => !entry.check).map((entry) => entry.controlId);
    expect(unevaluated).toEqual(['EKS_INVALID_MEMORY_REQUEST_LIMIT', 'EKS_INVALID_HOSTPATH_MOUNT_READONLY_VALUE', 'CIS_INVALID_VALUE_CREATE_POD']);
  });

  test('polaris and kube-score decide every id', () => {
    for (const pack of [POLARIS_PACK, KUBE_SCORE_PACK]) {
      expect(pack.entries.filter((entry) => !entry.check).map((entry) => entry.controlId)).toEqual([]);
    }
  });

  test('packs carry distinct prefixes', () => {
    expect(PACKS.map((pack) => pack.prefix)).toEqual(['DATREE', 'POLARIS', 'KYVERNO', 'KUBESCORE', 'LEARNK8S']);
  });
});
