import { Duration } from 'cdk8s';
import { ComponentProps } from './common';

/**
 * The startupapicheck Job's Role and RoleBinding.
 */
export interface StartupapicheckRbacProps {
  /**
   * Annotations on the Job's Role and RoleBinding.
   *
   * Helm value `startupapicheck.rbac.annotations`; the chart's default is the three
   * `helm.sh/hook*` annotations of a post-install hook with weight -5.
   *
   * @default - the Helm hook annotations
   */
  readonly annotations?: { [key: string]: string };
}

/**
 * The startupapicheck Job, which waits until the cert-manager API accepts requests. Helm values
 * `startupapicheck.*`.
 */
export interface StartupapicheckProps extends ComponentProps {
  /**
   * Whether the Job is created.
   *
   * Helm value `startupapicheck.enabled`; the chart's default is `true`.
   *
   * @default true
   */
  readonly enabled?: boolean;

  /**
   * How long the check waits for the API, passed with `--wait`.
   *
   * Helm value `startupapicheck.timeout`; the chart's default is `1m`.
   *
   * @default Duration.minutes(1)
   */
  readonly timeout?: Duration;

  /**
   * `backoffLimit` of the Job.
   *
   * Helm value `startupapicheck.backoffLimit`; the chart's default is 4.
   *
   * @default 4
   */
  readonly backoffLimit?: number;

  /**
   * `ttlSecondsAfterFinished` of the Job: seconds after which Kubernetes deletes the finished Job.
   *
   * Helm value `startupapicheck.ttlSecondsAfterFinished`; the chart leaves it unset.
   *
   * @default - the Job is kept
   */
  readonly ttlSecondsAfterFinished?: number;

  /**
   * Annotations on the Job.
   *
   * Helm value `startupapicheck.jobAnnotations`; the chart's default is the three
   * `helm.sh/hook*` annotations that make the Job a post-install hook.
   *
   * @default - the Helm hook annotations
   */
  readonly jobAnnotations?: { [key: string]: string };

  /**
   * The Job's Role and RoleBinding.
   *
   * Helm values `startupapicheck.rbac.*`.
   *
   * @default - annotated as a Helm hook
   */
  readonly rbac?: StartupapicheckRbacProps;
}
