import { deployment } from './manifests';
import { containersOf, podSpecOf } from '../../src/compliance/private/manifest';
import { RunCache, withRunCaches } from '../../src/compliance/private/run-cache';

describe('run caches', () => {
  test('compute anew outside a run, so a changed manifest is read again', () => {
    const manifest = deployment();
    expect(podSpecOf(manifest)?.spec.hostNetwork).toBeUndefined();
    manifest.spec.template.spec.hostNetwork = true;
    expect(podSpecOf(manifest)?.spec.hostNetwork).toBe(true);
  });

  test('compute once per object within a run', () => {
    const cache = new RunCache<object, number>();
    const key = {};
    let calls = 0;
    const compute = () => ++calls;
    const values = withRunCaches(() => [cache.get(key, compute), cache.get(key, compute), cache.get({}, compute)]);
    expect(values).toEqual([1, 1, 2]);
  });

  test('start empty in the next run', () => {
    const cache = new RunCache<object, number>();
    const key = {};
    let calls = 0;
    withRunCaches(() => cache.get(key, () => ++calls));
    const second = withRunCaches(() => cache.get(key, () => ++calls));
    expect(second).toBe(2);
  });

  test('freezes the container lists', () => {
    const manifest = deployment();
    const containers = withRunCaches(() => containersOf(podSpecOf(manifest)!));
    expect(Object.isFrozen(containers)).toBe(true);
    expect(containers.length).toBe(1);
  });
});
