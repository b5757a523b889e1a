import { Chart, Testing } from 'cdk8s';
import { CertManager, CertManagerProps } from '../../src';

/** Synthesizes one install in a fresh chart and returns its manifests. */
export function synthInstall(props: CertManagerProps = {}): any[] {
  const chart = Testing.chart();
  new CertManager(chart, 'cert-manager', props);
  return Testing.synth(chart);
}

/** Synthesizes an install built from Helm values. */
export function synthFromValues(values: Record<string, any>, options: { hardened?: boolean; releaseName?: string; namespace?: string } = {}): any[] {
  const chart = Testing.chart();
  CertManager.fromHelmValues(chart, 'cert-manager', { values, ...options });
  return Testing.synth(chart);
}

/** Returns the one manifest of a kind and name, or fails the test with the names that exist. */
export function findManifest(manifests: any[], kind: string, name: string): any {
  const matches = manifests.filter((m) => m.kind === kind && m.metadata.name === name);
  if (matches.length !== 1) {
    const names = manifests.filter((m) => m.kind === kind).map((m) => m.metadata.name);
    throw new Error(`expected one ${kind} named ${name}, found ${matches.length}; ${kind} names: ${names.join(', ')}`);
  }
  return matches[0];
}

/** Every pod template (or pod spec) in the manifests, with the owning object's name. */
export function podSpecs(manifests: any[]): { owner: string; kind: string; spec: any; labels: Record<string, string> }[] {
  return manifests
    .filter((m) => ['Deployment', 'Job', 'DaemonSet', 'StatefulSet'].includes(m.kind))
    .map((m) => ({ owner: m.metadata.name, kind: m.kind, spec: m.spec.template.spec, labels: m.spec.template.metadata.labels }));
}

/** The container named after the component, as the chart names it (`cert-manager-<component>`). */
export function mainContainer(spec: any): any {
  const container = spec.containers.find((c: any) => /^cert-manager-(controller|webhook|cainjector|startupapicheck)$/.test(c.name));
  if (!container) {
    throw new Error(`no cert-manager container among ${spec.containers.map((c: any) => c.name).join(', ')}`);
  }
  return container;
}

/** Keeps a test's chart reachable for tests that synthesize through an App. */
export function newChart(): Chart {
  return Testing.chart();
}
