import { decided, undecidable } from '../private/pack-entries';
import { Pack, RuleLevel } from '../rule';
import { CertManagerCainjectorScope } from '../rules/certmanager/CertManagerCainjectorScope';
import { CertManagerLeaderElectedReplicas } from '../rules/certmanager/CertManagerLeaderElectedReplicas';
import { CertManagerLinuxNodeSelector } from '../rules/certmanager/CertManagerLinuxNodeSelector';
import { CertManagerLivenessProbes } from '../rules/certmanager/CertManagerLivenessProbes';
import { CertManagerPriorityClass } from '../rules/certmanager/CertManagerPriorityClass';
import { CertManagerPriorityQuota } from '../rules/certmanager/CertManagerPriorityQuota';
import { CertManagerProjectedServiceAccountToken } from '../rules/certmanager/CertManagerProjectedServiceAccountToken';
import { CertManagerReplicas } from '../rules/certmanager/CertManagerReplicas';
import { ContainerResourcesSet } from '../rules/container/ContainerResourcesSet';
import { NetworkPolicyNoAllowAll } from '../rules/network/NetworkPolicyNoAllowAll';
import { NetworkPolicySelectsPods } from '../rules/network/NetworkPolicySelectsPods';
import { PodNodePlacement } from '../rules/pod/PodNodePlacement';
import { TokenAutomountDisabled } from '../rules/serviceaccount/TokenAutomountDisabled';
import { WorkloadPodDisruptionBudget } from '../rules/workload/WorkloadPodDisruptionBudget';
import { WorkloadTopologySpread } from '../rules/workload/WorkloadTopologySpread';

/**
 * The recommendations of cert-manager's Best Practice installation page
 * (cert-manager.io/docs/installation/best-practice, version of 2026-08-10).
 *
 * The page numbers nothing. The ids `CM-BP-<slug>` are proposed by the inventory this library
 * follows, one or more per section of the page. Rules about the cert-manager components find them
 * by container image (`cert-manager-controller`, `-webhook`, `-cainjector`, `-startupapicheck`);
 * the generic rules (NetworkPolicy, resources, spread, PodDisruptionBudget, token automount)
 * apply to every workload of the app.
 */
export const CERT_MANAGER_BEST_PRACTICE_PACK: Pack = {
  name: 'cert-manager-best-practice',
  prefix: 'CM-BP',
  source: 'cert-manager Best Practice installation page (version of 2026-08-10), with proposed ids',
  entries: [
    decided('NETWORK-POLICY', 'Give every component a NetworkPolicy', RuleLevel.WARNING, NetworkPolicySelectsPods),
    decided('NETWORK-LEAST-PRIVILEGE', 'Narrow the permissive default NetworkPolicy rules', RuleLevel.WARNING, NetworkPolicyNoAllowAll),
    decided('DEDICATED-NODES', 'Run cert-manager on dedicated node pools', RuleLevel.INFO, PodNodePlacement),
    decided('LINUX-NODE-SELECTOR', 'Keep the Linux node selector', RuleLevel.WARNING, CertManagerLinuxNodeSelector),
    decided('REPLICAS', 'Run 2 controller, 2 cainjector and 3 webhook replicas', RuleLevel.WARNING, CertManagerReplicas),
    decided('LEADER-ELECTED-REPLICAS', 'No more than 2 leader-elected replicas', RuleLevel.INFO, CertManagerLeaderElectedReplicas),
    decided('TOPOLOGY-SPREAD', 'Spread replicas over nodes and zones', RuleLevel.WARNING, WorkloadTopologySpread),
    decided('PDB', 'Protect each component with a PodDisruptionBudget', RuleLevel.WARNING, WorkloadPodDisruptionBudget),
    decided('PRIORITY-CLASS', 'Use the system-cluster-critical priority class', RuleLevel.WARNING, CertManagerPriorityClass),
    decided('PRIORITY-QUOTA', 'Admit critical priority classes with a ResourceQuota where needed', RuleLevel.INFO, CertManagerPriorityQuota),
    decided('RESOURCES', 'Set resource requests and limits', RuleLevel.WARNING, ContainerResourcesSet),
    decided('CAINJECTOR-SCOPE', 'Limit what cainjector watches', RuleLevel.INFO, CertManagerCainjectorScope),
    decided('LIVENESS-PROBES', 'Keep the controller and webhook liveness probes', RuleLevel.WARNING, CertManagerLivenessProbes),
    decided('AUTOMOUNT-SA-TOKEN', 'Turn off automatic ServiceAccount token mounting', RuleLevel.WARNING, TokenAutomountDisabled),
    decided('PROJECTED-SA-TOKEN', 'Mount the token explicitly and read-only', RuleLevel.WARNING, CertManagerProjectedServiceAccountToken),
    undecidable('HELM-VALUES', 'Start from the published best-practice values', RuleLevel.INFO,
      'Matching the rendering of the best-practice values file is not checked at synth. The other CM-BP rules check the settings of that file one by one.'),
  ],
};
