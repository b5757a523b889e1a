#!/usr/bin/env python3
"""Applies the proposed speed-ups to a src/ folder by editing known text, for when the patch files
no longer apply. Usage: python3 bench/proposed/tools/apply.py SRC_DIR [groups...]
Import order may need `eslint --fix` afterwards.
Groups: merge, yaml, ports, memo, engine, index, secrets, imports, workloads, lazypacks (default: all)."""
import os, re, shutil, sys

SRC = sys.argv[1]
GROUPS = set(sys.argv[2:]) or {'merge', 'yaml', 'ports', 'memo', 'engine', 'index', 'secrets', 'imports', 'workloads', 'lazypacks'}
TOOLS = os.path.dirname(os.path.abspath(__file__))

def path(f): return os.path.join(SRC, f)

def edit(f, pairs, imports=()):
    s = open(path(f)).read()
    for old, new in pairs:
        if old not in s:
            raise SystemExit(f'{f}: text not found:\n{old}')
        s = s.replace(old, new, 1)
    for imp in imports:
        lines = s.split('\n')
        # insert after the last top-level import statement
        last = -1
        i = 0
        while i < len(lines) and i < 60:
            if lines[i].startswith('import '):
                j = i
                while not lines[j].rstrip().endswith(';'):
                    j += 1
                last = j
                i = j
            i += 1
        lines.insert(last + 1, imp)
        s = '\n'.join(lines)
    open(path(f), 'w').write(s)

def rel(f, target):
    r = os.path.relpath(target, os.path.dirname(f))
    return r if r.startswith('.') else './' + r

if 'merge' in GROUPS:
    s = open(path('values/merge.ts')).read()
    start = s.index('export function mergeValues')
    end = s.index('function isMap')
    s = s[:start] + '''export function mergeValues(defaults: Record<string, any>, overrides: Record<string, any>): Record<string, any> {
  const result: Record<string, any> = {};
  for (const [key, value] of Object.entries(defaults)) {
    result[key] = copy(value);
  }
  mergeInto(result, overrides);
  return result;
}

/**
 * Merges user values into `target` in place, with the rules of {@link mergeValues}. `target` must
 * share no maps or lists with other data, because nested maps are merged in place; values taken
 * from `overrides` are copied. Merging in place copies each default once, where merging level by
 * level would copy a nested default once per level above it.
 */
export function mergeInto(target: Record<string, any>, overrides: Record<string, any>): void {
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) {
      // An unset optional property from a JavaScript caller means "not set", never "remove".
      continue;
    }
    if (value === null) {
      // NOTE: Helm keeps a null for a key that has no default; the schema check reports those.
      if (key in target) {
        delete target[key];
      } else {
        target[key] = null;
      }
      continue;
    }
    const base = target[key];
    if (isMap(base) && isMap(value)) {
      mergeInto(base, value);
    } else {
      target[key] = copy(value);
    }
  }
}

''' + s[end:]
    open(path('values/merge.ts'), 'w').write(s)
    edit('hardening.ts', [
        ("import { mergeValues } from './values/merge';", "import { mergeInto } from './values/merge';"),
        ("""  let values: Record<string, any> = {};
  for (const entry of entries) {
    values = mergeValues(values, nestAt(entry.path, substitute(entry.value, names)));
  }""", """  const values: Record<string, any> = {};
  for (const entry of entries) {
    mergeInto(values, nestAt(entry.path, substitute(entry.value, names)));
  }"""),
    ])

if 'yaml' in GROUPS:
    os.makedirs(path('private'), exist_ok=True)
    shutil.copy(os.path.join(TOOLS, 'yaml.ts'), path('private/yaml.ts'))
    for f in ['values/read-file.ts', 'served-ports.ts', 'chart/templates/controller.ts', 'chart/templates/extra-objects.ts']:
        s = open(path(f)).read()
        uses_types = re.search(r'\bYAML\.[A-Z]', s) is not None
        replacement = ("import type * as YAML from 'yaml';\n" if uses_types else '') + "import { yaml } from '%s';" % rel(f, 'private/yaml')
        if "import * as YAML from 'yaml';" not in s:
            raise SystemExit(f'{f}: yaml import not found')
        s = s.replace("import * as YAML from 'yaml';", replacement)
        s = re.sub(r'\bYAML\.([a-z][A-Za-z]*)\(', r'yaml().\1(', s)
        open(path(f), 'w').write(s)
    edit('chart/templates/extra-objects.ts', [
        ("""  const text = formatGoValue(value);
  try {
    return yaml().parse(text, YAML_1_1);""", """  const text = formatGoValue(value);
  if (PLAIN_STRING.test(text) && !EXPONENT_ONLY.test(text)) {
    return YAML_1_1_WORDS.has(text) ? YAML_1_1_WORDS.get(text) : text;
  }
  if (PLAIN_INTEGER.test(text)) {
    return Number(text);
  }
  try {
    return yaml().parse(text, YAML_1_1);"""),
        ("/**\n * Returns the value that `key: {{ value }}` yields", '''/**
 * Plain scalars that YAML 1.1 resolves to strings without parsing: a letter, then letters, digits,
 * `_`, `.` or `-`. Numbers, timestamps, `.inf` and `~` start with another character; the words
 * that YAML 1.1 reads as booleans or null are looked up below. The renderers pass values such as
 * `IfNotPresent`, `kube-system` and `10250` here for every install, and the parser is far slower.
 */
const PLAIN_STRING = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Decimal integers without sign or leading zero (a leading zero means octal in YAML 1.1), up to 15 digits. */
const PLAIN_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;

/** Exponents without a mantissa, such as `e10`, which the `yaml` package's 1.1 float pattern reads as NaN. */
const EXPONENT_ONLY = /^[eE]-?[0-9]+$/;

/** Words that YAML 1.1 reads as a boolean or null (the `yaml` package's 1.1 schema), with their values. */
const YAML_1_1_WORDS = new Map<string, boolean | null>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((word): [string, boolean] => [word, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((word): [string, boolean] => [word, false]),
  ...['null', 'Null', 'NULL'].map((word): [string, null] => [word, null]),
]);

/**
 * Returns the value that `key: {{ value }}` yields'''),
    ])

if 'ports' in GROUPS:
    edit('cert-manager.ts', [
        ("""    this.node.addValidation({ validate: () => findUnservedPorts(this.apiObjects.map((o) => o.toJson())) });""",
         """    this.node.addValidation({
      validate: () => findUnservedPorts(this.apiObjects.filter((o) => PORT_KINDS.has(o.kind)).map((o) => o.toJson())),
    });"""),
        ("/**\n * Input of the constructor when a static factory", """/**
 * Kinds whose rendered JSON `findUnservedPorts` reads: pod templates, Services, NetworkPolicies and
 * the controller's config. cdk8s runs validations at least twice per synth, so rendering the
 * other objects (RBAC, webhook configurations) there would add their synth cost twice again.
 */
const PORT_KINDS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job', 'Service', 'NetworkPolicy', 'ConfigMap']);

/**
 * Input of the constructor when a static factory"""),
    ])

if 'memo' in GROUPS:
    edit('compliance/compliance-checks.ts', [
        ("""  private lastFindings?: ComplianceFinding[];""", """  private lastFindings?: ComplianceFinding[];
  private lastSynthKey?: string;
  private lastSynthMessages: string[] = [];"""),
        ("""  private run(): { rules: ResolvedRule[]; findings: ComplianceFinding[]; problems: string[] } {
    const rules = this.rules();
    const raw = evaluateRules(rules, collectManifests(this.app));
    const suppressions = [...this.suppressions, ...collectScopedSuppressions(this.app)];""",
         """  private run(
    manifests: ManifestObject[] = collectManifests(this.app),
    suppressions: ScopedSuppression[] = this.allSuppressions(),
  ): { rules: ResolvedRule[]; findings: ComplianceFinding[]; problems: string[] } {
    const rules = this.rules();
    const raw = evaluateRules(rules, manifests);"""),
        ("""  private validateOnSynth(): string[] {
    const { rules, findings, problems } = this.run();""", """  private allSuppressions(): ScopedSuppression[] {
    return [...this.suppressions, ...collectScopedSuppressions(this.app)];
  }

  /**
   * Runs the checks at synth, unless the objects and suppressions are those of the previous call.
   * cdk8s validates the app once in `App.synth()` and again for every chart it renders, so one
   * synth calls this several times with the same objects; the findings and the written reports
   * of the first call stand for the others.
   */
  private validateOnSynth(): string[] {
    const manifests = collectManifests(this.app);
    const suppressions = this.allSuppressions();
    const key = JSON.stringify([manifests, suppressions]);
    if (key !== this.lastSynthKey) {
      this.lastSynthMessages = this.checkOnSynth(manifests, suppressions);
      this.lastSynthKey = key;
    }
    return [...this.lastSynthMessages];
  }

  private checkOnSynth(manifests: ManifestObject[], suppressions: ScopedSuppression[]): string[] {
    const { rules, findings, problems } = this.run(manifests, suppressions);"""),
    ])

if 'engine' in GROUPS:
    s = open(path('compliance/engine.ts')).read()
    start = s.index('export function evaluateRules(')
    end = s.index('function compareWithinRule(')
    s = s[:start] + open(os.path.join(TOOLS, 'engine-core.ts')).read() + s[end:]
    open(path('compliance/engine.ts'), 'w').write(s)

if 'index' in GROUPS:
    shutil.copy(os.path.join(TOOLS, 'object-index.ts'), path('compliance/private/object-index.ts'))
    IDX = 'compliance/private/object-index'
    def imp(f, names): return "import { %s } from '%s';" % (names, rel(f, IDX))
    sites = [
        ('compliance/rules/rbac-binding/rbac-helpers.ts', 'indexedObjectsOfKind',
         "return all.find((candidate) => candidate.manifest.kind === ref.kind && candidate.manifest.metadata?.name === ref.name",
         "return indexedObjectsOfKind(all, [ref.kind]).find((candidate) => candidate.manifest.metadata?.name === ref.name"),
        ('compliance/rules/certmanager/CertManagerPriorityQuota.ts', 'indexedObjectsIn',
         "all.some((o) => o.manifest.kind === 'ResourceQuota' && namespaceOf(o.manifest) === namespace && admitsCriticalPriority(o.manifest))",
         "indexedObjectsIn(all, ['ResourceQuota'], namespace).some((o) => admitsCriticalPriority(o.manifest))"),
        ('compliance/rules/namespace/NamespacePodSecurityEnforced.ts', 'indexedObjectsOfKind',
         "all.find((o) => o.manifest.kind === 'Namespace' && o.manifest.metadata?.name === namespace)",
         "indexedObjectsOfKind(all, ['Namespace']).find((o) => o.manifest.metadata?.name === namespace)"),
        ('compliance/rules/namespace/NamespaceLimitRange.ts', 'indexedObjectsIn',
         "all.some((o) => o.manifest.kind === 'LimitRange' && namespaceOf(o.manifest) === namespace)",
         "indexedObjectsIn(all, ['LimitRange'], namespace).length > 0"),
        ('compliance/rules/namespace/NamespaceResourceQuota.ts', 'indexedObjectsIn',
         "all.some((o) => o.manifest.kind === 'ResourceQuota' && namespaceOf(o.manifest) === namespace)",
         "indexedObjectsIn(all, ['ResourceQuota'], namespace).length > 0"),
        ('compliance/rules/pod/PodServiceAccountTokenNotAutomounted.ts', 'indexedObjectsIn',
         """all.find((o) => o.manifest.kind === 'ServiceAccount'
      && o.manifest.metadata?.name === accountName && namespaceOf(o.manifest) === namespace)""",
         """indexedObjectsIn(all, ['ServiceAccount'], namespace)
      .find((o) => o.manifest.metadata?.name === accountName)"""),
        ('compliance/rules/manifest-helpers.ts', 'indexedObjectsOfKind',
         """/** Objects of the app of one of the given kinds. */
export function objectsOfKind(all: ManifestObject[], ...kinds: string[]): ManifestObject[] {
  return all.filter((candidate) => kinds.includes(candidate.manifest.kind));
}""",
         """/** Objects of the app of one of the given kinds, in app order. Callers must not change the result. */
export function objectsOfKind(all: ManifestObject[], ...kinds: string[]): ManifestObject[] {
  return indexedObjectsOfKind(all, kinds);
}"""),
        ('compliance/rules/rbac/RbacRequestAndApprovalSeparated.ts', 'indexedObjectsOfKind',
         "all.filter((o) => BINDING_KINDS.includes(o.manifest.kind))",
         "indexedObjectsOfKind(all, BINDING_KINDS)"),
        ('compliance/rules/autoscaling/HpaTargetExists.ts', 'indexedObjectsOfKind',
         "all.some((candidate) => candidate.manifest.kind === target.kind && candidate.manifest.metadata?.name === target.name",
         "indexedObjectsOfKind(all, [target.kind]).some((candidate) => candidate.manifest.metadata?.name === target.name"),
        ('compliance/rules/workload/WorkloadPodDisruptionBudget.ts', 'indexedObjectsIn',
         """all.filter((o) => o.manifest.kind === 'PodDisruptionBudget'
      && namespaceOf(o.manifest) === namespace
      && selectorMatches(""",
         """indexedObjectsIn(all, ['PodDisruptionBudget'], namespace).filter((o) => selectorMatches("""),
        ('compliance/private/namespaces.ts', 'indexedObjectsOfKind',
         """all.find((o) => o.manifest.kind === 'CustomResourceDefinition'
    && o.manifest.spec?.names?.kind""",
         """indexedObjectsOfKind(all, ['CustomResourceDefinition']).find((o) => o.manifest.spec?.names?.kind"""),
        ('compliance/private/manifest.ts', 'indexedObjectsIn',
         "all.filter((o) => POD_KINDS.includes(o.manifest.kind) && namespaceOf(o.manifest) === namespace)",
         "indexedObjectsIn(all, POD_KINDS, namespace)"),
        ('compliance/private/rbac.ts', 'indexedObjectsOfKind',
         """all.find((o) => o.manifest.kind === ref.kind
    && o.manifest.metadata?.name === ref.name""",
         """indexedObjectsOfKind(all, [ref.kind]).find((o) => o.manifest.metadata?.name === ref.name"""),
        ('compliance/private/network.ts', 'indexedObjectsIn',
         "all.filter((o) => o.manifest.kind === 'NetworkPolicy' && namespaceOf(o.manifest) === namespace)",
         "indexedObjectsIn(all, ['NetworkPolicy'], namespace)"),
    ]
    for f, names, old, new in sites:
        edit(f, [(old, new)], [imp(f, names)])
        s = open(path(f)).read()
        # drop an import of namespaceOf that the change left unused
        body = re.sub(r'^import .*$', '', s, flags=re.M)
        if not re.search(r'\bnamespaceOf\b', body):
            s = re.sub(r"^import \{ namespaceOf \} from '[^']+';\n", '', s, flags=re.M)
            s = re.sub(r"(^import \{[^}]*?)(, namespaceOf\b|\bnamespaceOf, )", r"\1", s, flags=re.M)
            open(path(f), 'w').write(s)
if 'secrets' in GROUPS:
    edit('compliance/rules/secret/secret-patterns.ts', [
        ("/**\n * Walks every string of a manifest and yields its field path.", """const STRINGS = new WeakMap<object, Array<{ text: string; path: string }>>();

/**
 * Returns every string of a manifest with its field path, as {@link stringsOf} yields them. The
 * list is built once per manifest and shared by the checks of every provider, which would
 * otherwise walk the manifest once each. Callers must not change the list.
 */
export function manifestStrings(manifest: Record<string, any>): ReadonlyArray<{ text: string; path: string }> {
  let strings = STRINGS.get(manifest);
  if (!strings) {
    strings = [...stringsOf(manifest, '')];
    STRINGS.set(manifest, strings);
  }
  return strings;
}

/**
 * Walks every string of a manifest and yields its field path."""),
    ])
    edit('compliance/rules/secret/NoExposedSecret.ts', [
        ("import { SECRET_PATTERNS, stringsOf } from './secret-patterns';", "import { SECRET_PATTERNS, manifestStrings } from './secret-patterns';"),
        ("for (const { text, path } of stringsOf(object.manifest, '')) {", "for (const { text, path } of manifestStrings(object.manifest)) {"),
    ])

if 'imports' in GROUPS:
    shutil.copy(os.path.join(TOOLS, 'generated-imports.ts'), path('issuers/generated-imports.ts'))
    for f in ['issuers/issuer.ts', 'issuers/certificate.ts']:
        s = open(path(f)).read()
        old = "import * as imports from '../imports/cert-manager.io';"
        if old not in s:
            raise SystemExit(f'{f}: import of the generated classes not found')
        s = s.replace(old, "import type * as imports from '../imports/cert-manager.io';\nimport { certManagerImports } from './generated-imports';")
        s = re.sub(r'new imports\.([A-Za-z]+)\(', r'new (certManagerImports().\1)(', s)
        if not re.search(r'\bimports\.', s):
            s = s.replace("import type * as imports from '../imports/cert-manager.io';\n", '')
        open(path(f), 'w').write(s)

if 'workloads' in GROUPS:
    edit('compliance/rules/manifest-helpers.ts', [
        ("""/** Objects of the app that carry a pod spec, with their pod metadata. */
export function workloadsOf(all: ManifestObject[]): Array<{ object: ManifestObject; pod: PodSpecLocation }> {
  const result: Array<{ object: ManifestObject; pod: PodSpecLocation }> = [];""", """const WORKLOADS = new WeakMap<ManifestObject[], Array<{ object: ManifestObject; pod: PodSpecLocation }>>();

/**
 * Objects of the app that carry a pod spec, with their pod metadata. The list is built once per
 * list of objects, because checks call this for every object they check; callers must not change it.
 */
export function workloadsOf(all: ManifestObject[]): Array<{ object: ManifestObject; pod: PodSpecLocation }> {
  let workloads = WORKLOADS.get(all);
  if (!workloads) {
    workloads = findWorkloads(all);
    WORKLOADS.set(all, workloads);
  }
  return workloads;
}

function findWorkloads(all: ManifestObject[]): Array<{ object: ManifestObject; pod: PodSpecLocation }> {
  const result: Array<{ object: ManifestObject; pod: PodSpecLocation }> = [];"""),
    ])

if 'lazypacks' in GROUPS:
    f = 'compliance/compliance-pack.ts'
    s = open(path(f)).read()
    modules = dict((name, module) for names, module in re.findall(r"^import \{ ([^}]+) \} from '(\./packs/[^']+)';\n", s, flags=re.M) for name in [n.strip() for n in names.split(',')])
    s = re.sub(r"^import \{ [^}]+ \} from '\./packs/[^']+';\n", '', s, flags=re.M)

    def pack_name(constant, module):
        source = open(path('compliance/' + module[2:] + '.ts')).read()
        m = re.search(r"export const %s: Pack = \{\s*name: '([^']+)'" % constant, source)
        if not m:
            raise SystemExit(f'{module}: name of {constant} not found')
        return m.group(1)

    def constant(m):
        name, pack = m.group(1), m.group(2)
        module = modules[pack]
        return ("public static readonly %s = new CompliancePack('%s', () =>\n"
                "    // eslint-disable-next-line @typescript-eslint/no-require-imports\n"
                "    (require('%s') as typeof import('%s')).%s);") % (name, pack_name(pack, module), module, module, pack)
    s, count = re.subn(r"public static readonly ([A-Z0-9_]+) = new CompliancePack\(([A-Z0-9_]+)\);", constant, s)
    if count == 0:
        raise SystemExit(f'{f}: no pack constants found')
    old = s[s.index("  /** Rule id prefix, for example `CIS`. */"):]
    new = """  private readonly load: () => Pack;
  private loaded?: Pack;

  /**
   * @param name the pack's name, known without loading it
   * @param load requires the pack's module. The packs import every check, about 290 modules,
   *   so they are loaded when first used, and apps that run no checks do not load them.
   */
  private constructor(name: string, load: () => Pack) {
    this.name = name;
    this.load = load;
  }

  /** Rule id prefix, for example `CIS`. */
  public get prefix(): string {
    return this._pack.prefix;
  }

  /** The standard and its version. */
  public get source(): string {
    return this._pack.source;
  }

  /** The ids of the pack's rules, in the standard's order. */
  public get ruleIds(): string[] {
    const pack = this._pack;
    return pack.entries.map((entry) => `${pack.prefix}-${entry.controlId}`);
  }

  /** @internal */
  public get _pack(): Pack {
    if (!this.loaded) {
      const pack = this.load();
      if (pack.name !== this.name) {
        throw new Error(`The compliance pack constant for '${this.name}' loaded the pack '${pack.name}'; correct the name in compliance-pack.ts.`);
      }
      this.loaded = pack;
    }
    return this.loaded;
  }
}
"""
    s = s.replace(old, new)
    open(path(f), 'w').write(s)

print('applied', ' '.join(sorted(GROUPS)))
