/** A problem that the chart renders silently but that breaks or weakens the install. */
export interface ValuesFinding {
  /** `error` for an install that fails or misbehaves, `warning` for one that likely does not do what was meant. */
  readonly level: 'error' | 'warning';
  /** Values path as the user writes it, for example `webhook.timeoutSeconds`. */
  readonly path: string;
  /** Description of the problem, with the value received and the fix, in full sentences. */
  readonly message: string;
}

/** Release settings that the checks need besides the values. */
export interface CheckValuesOptions {
  /** Helm release name, which becomes the `app.kubernetes.io/instance` label. */
  readonly releaseName: string;
  /** Release namespace (`helm template -n`). The `namespace` value overrides it. */
  readonly namespace: string;
  /** cert-manager version that the library models, for example `v1.21.1`. */
  readonly version: string;
}

/** Everything a check reads. */
export interface CheckContext extends CheckValuesOptions {
  /** Chart values after the user's values are merged onto the chart defaults. */
  readonly values: Record<string, any>;
  /** Namespace the chart installs into: the `namespace` value if set, else the release namespace. */
  readonly installNamespace: string;
}

/** One check: reads the context and returns its findings, an empty list when all is well. */
export type ValuesCheck = (context: CheckContext) => ValuesFinding[];
