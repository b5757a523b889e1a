import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';

/** EndpointSlices contain no loopback or link-local addresses (CVE-2021-25737). */
export const EndpointSliceNoLocalAddresses: Check = {
  name: 'EndpointSliceNoLocalAddresses',
  title: 'EndpointSlices contain no loopback or link-local addresses',
  rationale: 'Endpoints in 127.0.0.0/8 or 169.254.0.0/16 let a Service send traffic to the node itself or to the cloud metadata API (CVE-2021-25737).',
  fix: 'Remove loopback and link-local addresses from endpoints[].addresses.',
  kinds: ['EndpointSlice'],
  check(object: ManifestObject): RuleResult {
    const endpoints: any[] = object.manifest.endpoints ?? [];
    return resultOf(endpoints.flatMap((endpoint, endpointIndex) => (endpoint?.addresses ?? []).flatMap((address: string, addressIndex: number) =>
      (/^(127\.|169\.254\.)/.test(String(address))
        ? [{ fieldPath: `endpoints[${endpointIndex}].addresses[${addressIndex}]`, message: `Address ${address} is loopback or link-local. Remove it.` }]
        : []))));
  },
};
