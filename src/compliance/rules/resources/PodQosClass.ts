import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, containersOf, parseQuantity, podSpecOf } from '../manifest-helpers';
import { isSet } from './resource-helpers';

/** The Quality of Service class Kubernetes gives a pod spec: Guaranteed, Burstable or BestEffort. */
export function qosClassOf(spec: Record<string, any>): 'Guaranteed' | 'Burstable' | 'BestEffort' {
  const containers = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
  let anySet = false;
  let guaranteed = containers.length > 0;
  for (const container of containers) {
    for (const resource of ['cpu', 'memory']) {
      const request = container?.resources?.requests?.[resource];
      const limit = container?.resources?.limits?.[resource];
      if (isSet(request) || isSet(limit)) anySet = true;
      // An unset request defaults to the limit.
      const effectiveRequest = isSet(request) ? parseQuantity(request) : parseQuantity(limit);
      if (!isSet(limit) || effectiveRequest !== parseQuantity(limit)) guaranteed = false;
    }
  }
  if (guaranteed) return 'Guaranteed';
  return anySet ? 'Burstable' : 'BestEffort';
}

function qosCheck(name: string, accepted: string[], title: string, fix: string): Check {
  return {
    name,
    title,
    rationale: 'The QoS class decides which pods the kubelet evicts first under memory pressure: BestEffort, then Burstable, then Guaranteed.',
    fix,
    kinds: POD_KINDS,
    check(object: ManifestObject): RuleResult {
      const pod = podSpecOf(object.manifest);
      if (!pod || containersOf(pod).length === 0) return 'not-applicable';
      const qos = qosClassOf(pod.spec);
      if (accepted.includes(qos)) return 'pass';
      return [{ fieldPath: `${pod.specPath}.containers`, message: `The pods get QoS class ${qos}. ${fix}` }];
    },
  };
}

/** Pods qualify for the Guaranteed QoS class. */
export const PodQosGuaranteed = qosCheck('PodQosGuaranteed', ['Guaranteed'], 'Pods get the Guaranteed QoS class',
  'Set CPU and memory limits on every container, with requests equal to the limits.');

/** Pods qualify for at least the Burstable QoS class. */
export const PodQosBurstable = qosCheck('PodQosBurstable', ['Burstable', 'Guaranteed'], 'Pods get at least the Burstable QoS class',
  'Set a CPU or memory request or limit on at least one container.');
