import { CertManagerReplicas } from './CertManagerReplicas';
import { certManagerComponentOf } from '../../private/cert-manager';
import { allOf } from '../../private/combine';
import { Check } from '../../rule';
import { ContainerResourcesSet } from '../container/ContainerResourcesSet';
import { ContainerSecurityContextHardened } from '../container/ContainerSecurityContextHardened';
import { NetworkPolicySelectsPods } from '../network/NetworkPolicySelectsPods';
import { PodServiceAccountTokenNotAutomounted } from '../pod/PodServiceAccountTokenNotAutomounted';
import { WorkloadPodDisruptionBudget } from '../workload/WorkloadPodDisruptionBudget';

const combined = allOf({
  name: 'CertManagerComponentsHardenedParts',
  title: '',
  rationale: '',
  fix: '',
  checks: [
    ContainerSecurityContextHardened,
    ContainerResourcesSet,
    PodServiceAccountTokenNotAutomounted,
    NetworkPolicySelectsPods,
    CertManagerReplicas,
    WorkloadPodDisruptionBudget,
  ],
});

/**
 * The cert-manager workloads follow the documented best practice as a whole: hardened security
 * contexts, resources, no token automount, NetworkPolicies, replicas and PodDisruptionBudgets.
 */
export const CertManagerComponentsHardened: Check = {
  name: 'CertManagerComponentsHardened',
  title: 'cert-manager workloads have hardened security contexts, resources, no token automount, NetworkPolicies, enough replicas and PodDisruptionBudgets.',
  rationale: 'The chart\'s defaults favour compatibility over security. Each of these settings closes a threat that the hardening guide lists.',
  fix: 'Apply the settings of cert-manager\'s Best Practice page to every cert-manager Deployment and Job. The finding names the missing field.',
  kinds: ['Deployment', 'Job'],
  check: (object, all) => {
    if (!certManagerComponentOf(object.manifest)) {
      return 'not-applicable';
    }
    return combined.check(object, all);
  },
};
