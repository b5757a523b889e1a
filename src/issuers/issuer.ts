import { ApiObject, ApiObjectMetadata, JsonPatch, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { AcmeSolver } from './acme-solver';
import { certManagerImports } from './generated-imports';
import { IssuerConfig } from './issuer-config';
import { IssuerEgress } from './issuer-egress';
import { checkObjectName } from './validation';

const ISSUER_BRAND = Symbol.for('cdk8s-cert-manager.IssuerBase');

/** The API group of cert-manager's built-in issuers. */
const CERT_MANAGER_GROUP = 'cert-manager.io';

/**
 * An issuer that a Certificate can reference through `spec.issuerRef`.
 */
export interface IIssuer {
  /** Name of the issuer object. */
  readonly issuerName: string;

  /** Kind of the issuer: `Issuer`, `ClusterIssuer` or an external issuer's kind. */
  readonly issuerKind: string;

  /** API group of the issuer. */
  readonly issuerGroup: string;

  /**
   * Namespace of a namespaced issuer, when known.
   *
   * @default - cluster-scoped, or unknown
   */
  readonly issuerNamespace?: string;
}

/**
 * Props shared by `Issuer` and `ClusterIssuer`.
 */
export interface IssuerBaseProps {
  /**
   * Metadata of the object.
   *
   * @default - a name that cdk8s generates from the construct path
   */
  readonly metadata?: ApiObjectMetadata;

  /** Signing backend of the issuer. */
  readonly config: IssuerConfig;

  /**
   * Contribution of the issuer to the egress rules of the controller's NetworkPolicy.
   *
   * @default IssuerEgress.computed()
   */
  readonly egress?: IssuerEgress;
}

/**
 * The part that `Issuer` and `ClusterIssuer` share: the spec, validation and the endpoints that
 * the controller must reach for this issuer.
 */
export abstract class IssuerBase extends Construct implements IIssuer {
  /**
   * Returns whether a construct is an `Issuer` or `ClusterIssuer` of this library.
   */
  public static isIssuerBase(x: any): x is IssuerBase {
    return x !== null && typeof x === 'object' && ISSUER_BRAND in x;
  }

  public readonly issuerName: string;
  public readonly issuerKind: string;
  public readonly issuerGroup: string = CERT_MANAGER_GROUP;
  public abstract readonly issuerNamespace?: string;

  /** The rendered API object. */
  public readonly apiObject: ApiObject;

  /** Signing backend of the issuer. */
  public readonly config: IssuerConfig;

  /** Contribution of the issuer to the controller's egress rules. */
  public readonly egress: IssuerEgress;

  protected constructor(scope: Construct, id: string, kind: string, props: IssuerBaseProps) {
    super(scope, id);
    Object.defineProperty(this, ISSUER_BRAND, { value: true });
    this.issuerKind = kind;
    this.config = props.config;
    this.egress = props.egress ?? IssuerEgress.computed();

    const problems = props.config._validate('config');
    if (kind === 'ClusterIssuer' && props.metadata?.namespace !== undefined) {
      problems.push(`metadata.namespace is "${props.metadata.namespace}", but a ClusterIssuer is cluster-scoped. Remove metadata.namespace, or use an Issuer.`);
    }
    if (props.metadata?.name !== undefined) {
      const nameProblem = checkObjectName('metadata.name', props.metadata.name);
      if (nameProblem) {
        problems.push(nameProblem);
      }
    }
    if (problems.length > 0) {
      throw new Error(`${kind} at ${this.node.path} is invalid:\n- ${problems.join('\n- ')}`);
    }

    // The spec renders at synth time, so solvers added later are included. The generated class
    // then converts the camelCase props into the field names of the CRD.
    const spec = Lazy.any({ produce: () => this.config._render(`${this.issuerName}-acme-account-key`) });
    this.apiObject = kind === 'ClusterIssuer'
      ? new (certManagerImports().ClusterIssuer)(this, 'Resource', { metadata: props.metadata, spec })
      : new (certManagerImports().Issuer)(this, 'Resource', { metadata: props.metadata, spec });
    this.issuerName = this.apiObject.name;
    if (kind === 'ClusterIssuer' && this.apiObject.metadata.namespace !== undefined) {
      // cdk8s gives every object the chart's namespace; a cluster-scoped object must not have one.
      this.apiObject.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    }
    this.node.addValidation({ validate: () => this.config._validateLate('config') });
  }

  /**
   * Adds an ACME challenge solver. Throws for issuers of other types.
   */
  public addSolver(solver: AcmeSolver): void {
    const problems = solver._validate(`addSolver() solver ${this.config._solvers().length}`);
    if (problems.length > 0) {
      throw new Error(`${this.issuerKind} at ${this.node.path} received an invalid solver:\n- ${problems.join('\n- ')}`);
    }
    this.config._addSolver(solver);
  }
}

/**
 * Props of an `Issuer`.
 */
export interface IssuerProps extends IssuerBaseProps {}

/**
 * A namespaced cert-manager Issuer. Certificates in its namespace can use it, and it reads its
 * credential Secrets from its own namespace.
 *
 * @see https://cert-manager.io/docs/concepts/issuer/
 */
export class Issuer extends IssuerBase {
  /**
   * References an Issuer that exists outside this app.
   *
   * @param name name of the Issuer
   * @param namespace namespace of the Issuer, if it differs from the Certificate's
   */
  public static fromIssuerName(name: string, namespace?: string): IIssuer {
    return { issuerName: name, issuerKind: 'Issuer', issuerGroup: CERT_MANAGER_GROUP, issuerNamespace: namespace };
  }

  public readonly issuerNamespace?: string;

  public constructor(scope: Construct, id: string, props: IssuerProps) {
    super(scope, id, 'Issuer', props);
    this.issuerNamespace = this.apiObject.metadata.namespace;
  }
}

/**
 * Props of a `ClusterIssuer`.
 */
export interface ClusterIssuerProps extends IssuerBaseProps {}

/**
 * A cluster-scoped cert-manager ClusterIssuer. Certificates in every namespace can use it, and it
 * reads its credential Secrets from cert-manager's cluster resource namespace.
 *
 * @see https://cert-manager.io/docs/concepts/issuer/
 */
export class ClusterIssuer extends IssuerBase {
  /**
   * References a ClusterIssuer that exists outside this app.
   */
  public static fromClusterIssuerName(name: string): IIssuer {
    return { issuerName: name, issuerKind: 'ClusterIssuer', issuerGroup: CERT_MANAGER_GROUP };
  }

  public readonly issuerNamespace?: string = undefined;

  public constructor(scope: Construct, id: string, props: ClusterIssuerProps) {
    super(scope, id, 'ClusterIssuer', props);
  }
}
