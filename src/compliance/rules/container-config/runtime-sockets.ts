/** Host paths of container runtime sockets; mounting one hands over control of every container on the node. */
export const RUNTIME_SOCKET_PATHS = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/cri-dockerd.sock',
  '/var/lib/docker',
];

export const DOCKER_SOCKET_PATH = '/var/run/docker.sock';
