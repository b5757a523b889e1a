import { formatValue, isMapping, isTruthy } from '../describe';
import { CheckContext, ValuesFinding } from './types';

/**
 * Ports that the kubelet and kube-proxy listen on by default in the node's network namespace,
 * from the defaults of their flags (kubelet `--port`, `--read-only-port`, `--healthz-port`,
 * kube-proxy `--healthz-bind-address`). Some clusters turn the read-only port off.
 */
const NODE_PORTS: ReadonlyMap<number, string> = new Map([
  [10248, 'the kubelet health endpoint'],
  [10250, 'the kubelet API'],
  [10255, 'the kubelet read-only API'],
  [10256, 'the kube-proxy health endpoint'],
]);

/** Default of `webhook.securePort` in the chart v1.21.1. */
const CHART_DEFAULT_SECURE_PORT = 10250;

/**
 * Rejects a webhook on the host network whose secure port is one that a node component already
 * uses: the webhook then fails with "address already in use". The chart's default port, 10250,
 * is the kubelet's.
 */
export function webhookPortFreeOnHost(context: CheckContext): ValuesFinding[] {
  const webhook = context.values.webhook;
  if (!isMapping(webhook) || !isTruthy(webhook.hostNetwork)) {
    return [];
  }
  const config = isMapping(webhook.config) ? webhook.config : {};
  const fromConfig = isTruthy(config.securePort);
  const port = fromConfig ? config.securePort : webhook.securePort;
  const path = fromConfig ? 'webhook.config.securePort' : 'webhook.securePort';
  const owner = NODE_PORTS.get(Number(port));
  if (owner === undefined) {
    return [];
  }
  const portHint = !fromConfig && port === CHART_DEFAULT_SECURE_PORT ? ' It is the chart\'s default for `webhook.securePort`.' : '';
  return [{
    level: 'error',
    path,
    message: `\`webhook.hostNetwork\` is true and \`${path}\` is ${formatValue(port)}, which is the port of ${owner} on every node.${portHint} `
      + `The webhook then fails to start with "address already in use". Set \`${path}\` to a free port, for example 10260.`,
  }];
}
