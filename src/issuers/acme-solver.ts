import { Duration } from 'cdk8s';
import { Dns01Provider } from './dns01-provider';
import { formatGoDuration } from './go-duration';
import { checkDnsName } from './validation';

/**
 * Which certificates a solver serves. With several selectors set, a certificate must match all.
 * cert-manager picks the solver with the most specific match.
 *
 * @see https://cert-manager.io/docs/configuration/acme/#adding-multiple-solver-types
 */
export interface SolverSelector {
  /**
   * DNS names that this solver serves exactly.
   *
   * @default - any name
   */
  readonly dnsNames?: string[];

  /**
   * DNS zones that this solver serves, with all their subdomains.
   *
   * @default - any zone
   */
  readonly dnsZones?: string[];

  /**
   * Labels that the Certificate (or its CertificateRequest) must carry.
   *
   * @default - no label is required
   */
  readonly matchLabels?: { [key: string]: string };
}

/**
 * Kubernetes Service types of the HTTP-01 solver Service.
 */
export enum SolverServiceType {
  /** A ClusterIP Service, enough for ingress controllers that route to cluster IPs. */
  CLUSTER_IP = 'ClusterIP',
  /** A NodePort Service, cert-manager's default. */
  NODE_PORT = 'NodePort',
}

/**
 * Pod-level security context of HTTP-01 solver pods.
 *
 * cert-manager v1.21.1 replaces its whole default pod security context (non-root, `RuntimeDefault`
 * seccomp profile) with the one in the pod template, so a template that sets any field must set
 * these again. The constructs always do.
 */
export interface SolverPodSecurityContext {
  /**
   * User ID of the solver process.
   *
   * @default - the image's user
   */
  readonly runAsUser?: number;

  /**
   * Group ID of the solver process.
   *
   * @default - the image's group
   */
  readonly runAsGroup?: number;

  /**
   * Supplemental group of mounted volumes.
   *
   * @default - none
   */
  readonly fsGroup?: number;
}

/**
 * Options shared by both HTTP-01 solver kinds.
 */
export interface Http01SolverOptions {
  /**
   * Certificates that this solver serves.
   *
   * @default - every certificate of the issuer
   */
  readonly selector?: SolverSelector;

  /**
   * Type of the Service in front of the solver pod.
   *
   * @default SolverServiceType.CLUSTER_IP
   */
  readonly serviceType?: SolverServiceType;

  /**
   * Pod security context of the solver pods. The rendered template always adds
   * `runAsNonRoot: true` and the `RuntimeDefault` seccomp profile.
   *
   * @default - only `runAsNonRoot: true` and the `RuntimeDefault` seccomp profile
   */
  readonly podSecurityContext?: SolverPodSecurityContext;

  /**
   * Labels of the solver pods, for example for a NetworkPolicy that admits the ingress controller.
   *
   * @default - only cert-manager's own labels
   */
  readonly podLabels?: { [key: string]: string };
}

/**
 * Options of an HTTP-01 solver that creates Ingress resources.
 */
export interface Http01IngressSolverOptions extends Http01SolverOptions {
  /**
   * IngressClass of the solver's Ingress (`ingressClassName`).
   *
   * @default - the cluster's default IngressClass
   */
  readonly ingressClassName?: string;

  /**
   * Name of an existing Ingress to which cert-manager adds the challenge path, instead of creating
   * its own. Cannot be combined with `ingressClassName`.
   *
   * @default - cert-manager creates an Ingress per challenge
   */
  readonly ingressName?: string;
}

/**
 * A Gateway API parent of the solver's HTTPRoute.
 */
export interface GatewayParentRef {
  /** Name of the Gateway. */
  readonly name: string;

  /**
   * Namespace of the Gateway.
   *
   * @default - the namespace of the challenge
   */
  readonly namespace?: string;

  /**
   * Name of the Gateway listener to attach to.
   *
   * @default - every listener that accepts the route
   */
  readonly sectionName?: string;
}

/**
 * Options of an HTTP-01 solver that creates Gateway API HTTPRoutes.
 */
export interface Http01GatewaySolverOptions extends Http01SolverOptions {
  /** Gateways to attach the solver's HTTPRoute to. */
  readonly parentRefs: GatewayParentRef[];

  /**
   * Labels of the solver's HTTPRoute.
   *
   * @default - none
   */
  readonly routeLabels?: { [key: string]: string };
}

/**
 * CNAME handling of DNS-01 solvers.
 */
export enum CnameStrategy {
  /** Present the record at `_acme-challenge.<name>`, cert-manager's default. */
  NONE = 'None',
  /** Follow a CNAME at `_acme-challenge.<name>` and present the record at its target. */
  FOLLOW = 'Follow',
}

/**
 * Options of a DNS-01 solver.
 */
export interface Dns01SolverOptions {
  /**
   * Certificates that this solver serves. Set `dnsZones` on solvers of a ClusterIssuer so that
   * its DNS credentials answer only for the zones they are meant for.
   *
   * @default - every certificate of the issuer
   */
  readonly selector?: SolverSelector;

  /**
   * CNAME handling.
   *
   * @default CnameStrategy.NONE (cert-manager's default)
   */
  readonly cnameStrategy?: CnameStrategy;

  /**
   * A fixed wait in place of the DNS propagation self-check.
   *
   * @default - cert-manager checks propagation itself
   */
  readonly waitInsteadOfSelfCheck?: Duration;
}

/**
 * A way of proving control of a domain to an ACME server.
 *
 * @see https://cert-manager.io/docs/configuration/acme/
 */
export class AcmeSolver {
  /**
   * HTTP-01 through an Ingress that cert-manager creates for each challenge.
   */
  public static http01Ingress(options: Http01IngressSolverOptions = {}): AcmeSolver {
    return new AcmeSolver('http01-ingress', options);
  }

  /**
   * HTTP-01 through a Gateway API HTTPRoute that cert-manager creates for each challenge.
   */
  public static http01Gateway(options: Http01GatewaySolverOptions): AcmeSolver {
    return new AcmeSolver('http01-gateway', options);
  }

  /**
   * DNS-01 through a DNS provider's API.
   */
  public static dns01(provider: Dns01Provider, options: Dns01SolverOptions = {}): AcmeSolver {
    return new AcmeSolver('dns01', options, provider);
  }

  /** Challenge type: `HTTP-01` or `DNS-01`. */
  public readonly challengeType: string;

  private constructor(private readonly kind: string, private readonly options: any, private readonly provider?: Dns01Provider) {
    this.challengeType = kind === 'dns01' ? 'DNS-01' : 'HTTP-01';
  }

  /**
   * Lists the problems of the options, with `prefix` as the prop path that the user wrote.
   *
   * @internal
   */
  public _validate(prefix: string): string[] {
    const errors = validateSelector(`${prefix}.selector`, this.options.selector);
    if (this.kind === 'http01-ingress') {
      if (this.options.ingressClassName !== undefined && this.options.ingressName !== undefined) {
        errors.push(`${prefix}.ingressClassName and ${prefix}.ingressName cannot both be set. Set ingressName to reuse an existing Ingress, or ingressClassName to let cert-manager create one.`);
      }
    }
    if (this.kind === 'http01-gateway' && (this.options.parentRefs ?? []).length === 0) {
      errors.push(`${prefix}.parentRefs is empty. Name at least one Gateway whose listener serves port 80 for the challenged domains.`);
    }
    if (this.provider) {
      errors.push(...this.provider._validate(`${prefix}.provider`));
    }
    return errors;
  }

  /**
   * Renders one entry of `spec.acme.solvers`, in the shape of the generated CRD types.
   *
   * @internal
   */
  public _render(): { [key: string]: any } {
    const o = this.options;
    const selector = o.selector ? { dnsNames: o.selector.dnsNames, dnsZones: o.selector.dnsZones, matchLabels: o.selector.matchLabels } : undefined;
    if (this.kind === 'dns01') {
      return {
        selector,
        dns01: { cnameStrategy: o.cnameStrategy, ...this.provider!._render() },
        waitInsteadOfSelfCheck: o.waitInsteadOfSelfCheck ? formatGoDuration(o.waitInsteadOfSelfCheck) : undefined,
      };
    }
    const podTemplate = {
      metadata: o.podLabels ? { labels: o.podLabels } : {},
      spec: {
        securityContext: {
          ...o.podSecurityContext,
          runAsNonRoot: true,
          seccompProfile: { type: 'RuntimeDefault' },
        },
      },
    };
    const serviceType = o.serviceType ?? SolverServiceType.CLUSTER_IP;
    if (this.kind === 'http01-gateway') {
      return {
        selector,
        http01: {
          gatewayHttpRoute: {
            parentRefs: o.parentRefs.map((ref: GatewayParentRef) => ({
              group: 'gateway.networking.k8s.io',
              kind: 'Gateway',
              name: ref.name,
              namespace: ref.namespace,
              sectionName: ref.sectionName,
            })),
            labels: o.routeLabels,
            serviceType,
            podTemplate,
          },
        },
      };
    }
    return {
      selector,
      http01: {
        ingress: {
          ingressClassName: o.ingressClassName,
          name: o.ingressName,
          serviceType,
          podTemplate,
        },
      },
    };
  }
}

function validateSelector(prefix: string, selector: SolverSelector | undefined): string[] {
  const errors: string[] = [];
  for (const name of selector?.dnsNames ?? []) {
    const problem = checkDnsName(`${prefix}.dnsNames`, name, true);
    if (problem) {
      errors.push(problem);
    }
  }
  for (const zone of selector?.dnsZones ?? []) {
    const problem = checkDnsName(`${prefix}.dnsZones`, zone, false);
    if (problem) {
      errors.push(problem);
    }
  }
  return errors;
}
