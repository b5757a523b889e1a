import { parseImage } from './image';
import { PodSpecRef, containersOf, podSpecOf } from './manifest';
import { RunCache } from './run-cache';

/** The cert-manager components, by the last segment of their image repository. */
export type CertManagerComponent = 'controller' | 'webhook' | 'cainjector' | 'startupapicheck';

const IMAGE_SUFFIXES: [string, CertManagerComponent][] = [
  ['cert-manager-controller', 'controller'],
  ['cert-manager-webhook', 'webhook'],
  ['cert-manager-cainjector', 'cainjector'],
  ['cert-manager-startupapicheck', 'startupapicheck'],
];

/**
 * Identifies the cert-manager component that a workload runs, from the image of its first
 * container (`quay.io/jetstack/cert-manager-controller:v1.21.1` and mirrors of it). Image names
 * survive relabelling and renaming of objects, so they are more reliable than labels.
 */
export function certManagerComponentOf(manifest: Record<string, any>): { component: CertManagerComponent; pod: PodSpecRef } | undefined {
  return COMPONENTS.get(manifest, findComponent);
}

const COMPONENTS = new RunCache<Record<string, any>, { component: CertManagerComponent; pod: PodSpecRef } | undefined>();

function findComponent(manifest: Record<string, any>): { component: CertManagerComponent; pod: PodSpecRef } | undefined {
  const pod = podSpecOf(manifest);
  if (!pod) {
    return undefined;
  }
  for (const ref of containersOf(pod)) {
    if (typeof ref.container.image !== 'string') {
      continue;
    }
    const repository = parseImage(ref.container.image).repository;
    const last = repository.split('/').pop() ?? '';
    const match = IMAGE_SUFFIXES.find(([suffix]) => last === suffix);
    if (match) {
      return { component: match[1], pod };
    }
  }
  return undefined;
}
