import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container sets `imagePullPolicy: Always`.
 */
export const ContainerImagePullPolicyAlways: Check = {
  name: 'ContainerImagePullPolicyAlways',
  title: 'Containers pull their image on every start.',
  rationale: 'With `Always` the kubelet checks the registry credentials on each start, so a Pod cannot reuse an image that another tenant pulled onto the node.',
  fix: 'Set `imagePullPolicy: Always` on every container.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    if (c.container.imagePullPolicy === 'Always') {
      return [];
    }
    return [{
      fieldPath: `${c.path}.imagePullPolicy`,
      message: `${describeContainer(c)} has imagePullPolicy ${c.container.imagePullPolicy ?? 'unset'}. Set imagePullPolicy: Always.`,
    }];
  }),
};
