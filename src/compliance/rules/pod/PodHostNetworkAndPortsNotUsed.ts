import { PodHostNetworkNotShared } from './PodHostNetworkNotShared';
import { allOf } from '../../private/combine';
import { ContainerNoHostPort } from '../container/ContainerNoHostPort';

/**
 * The pod uses neither the host network nor host ports.
 */
export const PodHostNetworkAndPortsNotUsed = allOf({
  name: 'PodHostNetworkAndPortsNotUsed',
  title: 'Pods use neither the host network nor host ports.',
  rationale: 'The host network and host ports expose the Pod on the node\'s addresses and bypass NetworkPolicies.',
  fix: 'Remove `hostNetwork` from the pod spec and `hostPort` from container ports.',
  checks: [PodHostNetworkNotShared, ContainerNoHostPort],
});
