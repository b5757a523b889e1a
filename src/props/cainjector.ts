import { DeploymentComponentProps } from './common';

/**
 * The cainjector, which copies CA bundles into webhook configurations, API services and CRDs.
 * Helm values `cainjector.*`.
 */
export interface CainjectorProps extends DeploymentComponentProps {
  /**
   * Whether the cainjector is deployed. Without it, the webhook's CA bundle must be injected
   * some other way.
   *
   * Helm value `cainjector.enabled`; the chart's default is `true`.
   *
   * @default true
   */
  readonly enabled?: boolean;
}
