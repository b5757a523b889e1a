import { decided, undecidable } from '../private/pack-entries';
import { Pack, RuleLevel } from '../rule';
import { ContainerHealthProbes } from '../rules/container/ContainerHealthProbes';
import { ContainerImageDigest } from '../rules/container/ContainerImageDigest';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerNoLiteralCredentials } from '../rules/container/ContainerNoLiteralCredentials';
import { ContainerNoRemoteShellPort } from '../rules/container/ContainerNoRemoteShellPort';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerResourcesSet } from '../rules/container/ContainerResourcesSet';
import { ContainerUnprivileged } from '../rules/container/ContainerUnprivileged';
import { NamespaceNotDefault } from '../rules/namespace/NamespaceNotDefault';
import { NetworkPolicyIsolation } from '../rules/network/NetworkPolicyIsolation';
import { NetworkPolicySelectsPods } from '../rules/network/NetworkPolicySelectsPods';
import { PodHostAccessBlocked } from '../rules/pod/PodHostAccessBlocked';
import { PodIsolatedFromNeighbours } from '../rules/pod/PodIsolatedFromNeighbours';
import { PodMandatoryAccessControl } from '../rules/pod/PodMandatoryAccessControl';
import { PodNodePlacement } from '../rules/pod/PodNodePlacement';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodServiceAccountLeastPrivilege } from '../rules/pod/PodServiceAccountLeastPrivilege';
import { RbacLeastPrivilege } from '../rules/rbac/RbacLeastPrivilege';
import { WorkloadHighlyAvailable } from '../rules/workload/WorkloadHighlyAvailable';
import { WorkloadVersionLabel } from '../rules/workload/WorkloadVersionLabel';

const PROCESS = 'The requirement concerns planning, processes or operations, which manifests do not show.';
const CLUSTER = 'The requirement concerns nodes or cluster configuration, which app manifests do not contain.';

/**
 * BSI IT-Grundschutz modules APP.4.4 Kubernetes and SYS.1.6 Containerisierung, 2023 edition.
 *
 * The ids are the BSI's own; the letter after each title is the BSI protection level (B Basis,
 * S Standard, H elevated). Levels are this library's choice: requirements about authorization,
 * privileges and host access are errors, other Basis and Standard requirements are warnings, and
 * requirements for elevated protection needs, or that manifests cannot decide, are info.
 */
export const BSI_PACK: Pack = {
  name: 'bsi',
  prefix: 'BSI',
  source: 'BSI IT-Grundschutz-Kompendium 2023, APP.4.4 Kubernetes and SYS.1.6 Containerisierung',
  entries: [
    decided('APP.4.4.A1', 'Plan the separation of applications (B)', RuleLevel.WARNING, NamespaceNotDefault),
    undecidable('APP.4.4.A2', 'Plan CI/CD automation (B)', RuleLevel.INFO, PROCESS),
    decided('APP.4.4.A3', 'Least-privilege authorization (B)', RuleLevel.ERROR, RbacLeastPrivilege),
    decided('APP.4.4.A4', 'Isolate Pods with kernel namespaces and cgroups (B)', RuleLevel.ERROR, PodIsolatedFromNeighbours),
    undecidable('APP.4.4.A5', 'Back up the cluster (B)', RuleLevel.INFO, PROCESS),
    undecidable('APP.4.4.A6', 'Initialise Pods in init containers (S)', RuleLevel.INFO,
      'Whether the main container also does initialisation work is not visible in manifests.'),
    decided('APP.4.4.A7', 'Separate networks, deny by default (S)', RuleLevel.WARNING, NetworkPolicyIsolation),
    decided('APP.4.4.A8', 'Version and annotate configuration (S)', RuleLevel.INFO, WorkloadVersionLabel),
    decided('APP.4.4.A9', 'Dedicated least-privilege ServiceAccounts (S)', RuleLevel.WARNING, PodServiceAccountLeastPrivilege),
    undecidable('APP.4.4.A10', 'Run automation with minimal rights (S)', RuleLevel.INFO,
      'The CI/CD identities that deploy the app are not part of its manifests.'),
    decided('APP.4.4.A11', 'Health checks for every container (S)', RuleLevel.WARNING, ContainerHealthProbes),
    undecidable('APP.4.4.A12', 'Secure supporting infrastructure (S)', RuleLevel.INFO, PROCESS),
    undecidable('APP.4.4.A13', 'Audit settings automatically (H)', RuleLevel.INFO,
      'Automated auditing is a process. This report is one such audit of pod settings but does not cover nodes.'),
    decided('APP.4.4.A14', 'Dedicated nodes per role (H)', RuleLevel.INFO, PodNodePlacement),
    decided('APP.4.4.A15', 'Separate nodes or clusters for very high protection needs (H)', RuleLevel.INFO, PodNodePlacement),
    undecidable('APP.4.4.A16', 'Automate operations with operators (H)', RuleLevel.INFO, PROCESS),
    undecidable('APP.4.4.A17', 'Node attestation (H)', RuleLevel.INFO, CLUSTER),
    decided('APP.4.4.A18', 'Micro-segmentation inside namespaces (H)', RuleLevel.INFO, NetworkPolicySelectsPods),
    decided('APP.4.4.A19', 'Survive the loss of a site (H)', RuleLevel.INFO, WorkloadHighlyAvailable),
    undecidable('APP.4.4.A20', 'Encrypt persistent data (H)', RuleLevel.INFO, CLUSTER),
    undecidable('APP.4.4.A21', 'Restart Pods regularly (H)', RuleLevel.INFO,
      'Regular restarts need a process or controller outside the manifests.'),
    undecidable('SYS.1.6.A1', 'Plan container use (B)', RuleLevel.INFO, PROCESS),
    undecidable('SYS.1.6.A2', 'Plan container management (B)', RuleLevel.INFO, PROCESS),
    decided('SYS.1.6.A3', 'Fit isolation to protection needs, monitor health (B)', RuleLevel.WARNING, ContainerHealthProbes),
    undecidable('SYS.1.6.A4', 'Plan image provision (B)', RuleLevel.INFO, PROCESS),
    decided('SYS.1.6.A5', 'Allow only needed connections (B)', RuleLevel.WARNING, NetworkPolicySelectsPods),
    decided('SYS.1.6.A6', 'Trusted images with unambiguous versions (B)', RuleLevel.WARNING, ContainerImageTagPinned),
    undecidable('SYS.1.6.A7', 'Keep container logs outside the container (B)', RuleLevel.INFO,
      'Logging to stdout is a property of the application, not of the manifest.'),
    decided('SYS.1.6.A8', 'Store credentials securely (B)', RuleLevel.WARNING, ContainerNoLiteralCredentials),
    undecidable('SYS.1.6.A9', 'Application suits container operation (S)', RuleLevel.INFO, PROCESS),
    undecidable('SYS.1.6.A10', 'Policy for images and operation (S)', RuleLevel.INFO, PROCESS),
    undecidable('SYS.1.6.A11', 'One service per container (S)', RuleLevel.INFO, 'What a container runs is decided by its image.'),
    decided('SYS.1.6.A12', 'Trusted image sources, signed images (S)', RuleLevel.INFO, ContainerImageDigest),
    undecidable('SYS.1.6.A13', 'Release images after tests (S)', RuleLevel.INFO, PROCESS),
    undecidable('SYS.1.6.A14', 'Plan image updates (S)', RuleLevel.INFO, PROCESS),
    decided('SYS.1.6.A15', 'Reserve and limit resources (S)', RuleLevel.WARNING, ContainerResourcesSet),
    decided('SYS.1.6.A16', 'No remote maintenance access in containers (S)', RuleLevel.WARNING, ContainerNoRemoteShellPort),
    decided('SYS.1.6.A17', 'Run containers without privileges (S)', RuleLevel.ERROR, ContainerUnprivileged),
    decided('SYS.1.6.A18', 'No host rights for container accounts (S)', RuleLevel.ERROR, PodHostAccessBlocked),
    decided('SYS.1.6.A19', 'Mount only needed storage (S)', RuleLevel.WARNING, PodNoHostPathVolumes),
    undecidable('SYS.1.6.A20', 'Version container configuration (S)', RuleLevel.INFO, 'Version control lies outside the manifests.'),
    decided('SYS.1.6.A21', 'Mandatory access control (H)', RuleLevel.INFO, PodMandatoryAccessControl),
    undecidable('SYS.1.6.A22', 'Capture state for forensics (H)', RuleLevel.INFO, PROCESS),
    decided('SYS.1.6.A23', 'Immutable container filesystems (H)', RuleLevel.INFO, ContainerReadOnlyRootFilesystem),
    undecidable('SYS.1.6.A24', 'Host-based attack detection (H)', RuleLevel.INFO, CLUSTER),
    decided('SYS.1.6.A25', 'High availability layer (H)', RuleLevel.INFO, WorkloadHighlyAvailable),
    undecidable('SYS.1.6.A26', 'Further isolation: sandboxes, dedicated hosts (H)', RuleLevel.INFO,
      'Whether a RuntimeClass sandboxes containers depends on the node\'s runtime handler, which manifests do not show.'),
  ],
};
