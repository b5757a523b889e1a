import * as path from 'path';
import * as fc from 'fast-check';
import { FIXTURES, validValuesFiles } from './fixtures';
import { LEAF_TYPES, LeafType } from '../../src/values/leaves';
import { readValuesFile } from '../../src/values/read-file';
import { findValuesProblems, InvalidValuesError, validateValues } from '../../src/values/validate';

function invalidFile(name: string): Record<string, any> {
  return readValuesFile(path.join(FIXTURES, 'helm', 'matrix', 'invalid', `${name}.yaml`));
}

function messageOf(values: unknown): string {
  try {
    validateValues(values);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidValuesError);
    return (error as Error).message;
  }
  throw new Error('validateValues accepted the values');
}

describe('validateValues invalid matrix files', () => {
  test('throws on servicemonitor and podmonitor', () => {
    const message = messageOf(invalidFile('01-servicemonitor-and-podmonitor'));
    expect(message).toContain('`prometheus.servicemonitor.enabled` and `prometheus.podmonitor.enabled` are both true');
    expect(message).toContain('Set one of them to false.');
  });

  test('throws on extraObjects item as mapping', () => {
    const message = messageOf(invalidFile('02-extraobjects-as-mapping'));
    expect(message).toContain('`extraObjects[0]` is a mapping');
    expect(message).toContain('"apiVersion":"v1"');
    expect(message).toContain('Write the object as a string');
  });

  test('throws on unknown key with suggestion', () => {
    const message = messageOf(invalidFile('03-unknown-key'));
    expect(message).toContain('`webhook.replicas` is not a value of the chart (received 3)');
    expect(message).toContain('Did you mean `webhook.replicaCount`?');
  });

  test('throws on number given as string', () => {
    const message = messageOf(invalidFile('04-wrong-type'));
    expect(message).toContain('`replicaCount` must be a number, but received a string ("3")');
    expect(message).toContain('`replicaCount: 3`');
  });

  test('throws on null without chart default', () => {
    const message = messageOf(invalidFile('05-null-without-default'));
    expect(message).toContain('`automountServiceAccountToken` is null, but the chart sets no default for it');
    expect(message).toContain('must be a boolean');
  });

  test('throws on empty image name', () => {
    const message = messageOf(invalidFile('06-empty-image-name'));
    expect(message).toContain('`webhook.image.name` is "" and `webhook.image.repository` is empty');
    expect(message).toContain('"cert-manager-webhook"');
  });
});

describe('validateValues schema rules', () => {
  test('fails with every problem listed', () => {
    // GIVEN three unrelated mistakes
    const values = { replicaCount: 'two', webhook: { timeoutSecond: 10 }, podDnsPolicy: null };

    // WHEN
    const problems = findValuesProblems(values);

    // THEN
    expect(problems.map((problem) => problem.path)).toEqual(['replicaCount', 'webhook.timeoutSecond', 'podDnsPolicy']);
    expect(messageOf(values)).toContain('(3 problems)');
  });

  test('error carries problems as data', () => {
    let caught: unknown;
    try {
      validateValues({ replicaCount: '3', webhook: { replicas: 2 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidValuesError);
    expect((caught as InvalidValuesError).problems.map((problem) => problem.path)).toEqual(['replicaCount', 'webhook.replicas']);
  });

  test('unknown key suggests nearest sibling', () => {
    const [problem] = findValuesProblems({ cainjector: { replicCount: 2 } });
    expect(problem.message).toContain('Did you mean `cainjector.replicaCount`?');
  });

  test('unknown key without close match', () => {
    const [problem] = findValuesProblems({ zzz: 1 });
    expect(problem.path).toBe('zzz');
    expect(problem.message).toContain('no key `zzz` at the top level');
    expect(problem.message).toContain('Remove it');
  });

  test('dotted key suggests nesting', () => {
    const [problem] = findValuesProblems({ 'webhook.timeoutSeconds': 10 });
    expect(problem.path).toBe('["webhook.timeoutSeconds"]');
    expect(problem.message).toContain('Write it as nested keys (`webhook: { timeoutSeconds: ... }`)');
  });

  test('dotted key nests three levels', () => {
    const [problem] = findValuesProblems({ 'prometheus.servicemonitor.enabled': true });
    expect(problem.message).toContain('(`prometheus: { servicemonitor: { enabled: ... } }`)');
  });

  test('accepts unknown keys under global', () => {
    expect(findValuesProblems({ global: { someSubchartSetting: true, rbac: { extra: 1 } } })).toEqual([]);
  });

  test('accepts anything in free-form maps', () => {
    const values = {
      podLabels: { 'team.example.com/owner': 'platform' },
      config: { kind: 'ControllerConfiguration', anything: [1, 2] },
      webhook: { affinity: { nodeAffinity: {} }, resources: { limits: { memory: '128Mi' } } },
    };
    expect(findValuesProblems(values)).toEqual([]);
  });

  test('accepts null for leaf with default', () => {
    expect(findValuesProblems({ startupapicheck: { jobAnnotations: null }, podLabels: null })).toEqual([]);
  });

  test('accepts any type for untyped leaf', () => {
    expect(findValuesProblems({ podDisruptionBudget: { minAvailable: '50%', maxUnavailable: null } })).toEqual([]);
  });

  test('fails on null for structured mapping', () => {
    const [problem] = findValuesProblems({ webhook: null });
    expect(problem.path).toBe('webhook');
    expect(problem.message).toContain('drops every chart default under `webhook`');
  });

  test('fails on scalar for structured mapping', () => {
    const [problem] = findValuesProblems({ prometheus: true });
    expect(problem.message).toContain('`prometheus` must be a mapping of settings, but received a boolean (true)');
  });

  test('fails on list where mapping expected', () => {
    const [problem] = findValuesProblems({ podLabels: ['a'] });
    expect(problem.message).toContain('`podLabels` must be a mapping, but received a list');
  });

  test('fails on number where string expected', () => {
    const [problem] = findValuesProblems({ webhook: { featureGates: 1 } });
    expect(problem.message).toContain('Quote the value');
  });

  test('skips undefined as unset', () => {
    expect(findValuesProblems({ webhook: { timeoutSeconds: undefined }, nameOverride: undefined })).toEqual([]);
  });

  test('fails on non-mapping values', () => {
    expect(messageOf(['replicaCount', 2])).toContain('must be a mapping of keys to values, but received a list');
  });

  test('monitors both on pass with prometheus off', () => {
    const values = { prometheus: { enabled: false, servicemonitor: { enabled: true }, podmonitor: { enabled: true } } };
    expect(findValuesProblems(values)).toEqual([]);
  });

  test('empty image name passes when cainjector is off', () => {
    expect(findValuesProblems({ cainjector: { enabled: false, image: { name: '' } } })).toEqual([]);
  });

  test('empty image name passes with repository', () => {
    expect(findValuesProblems({ image: { name: '', repository: 'registry.example.com/cert-manager-controller' } })).toEqual([]);
  });
});

describe('validateValues valid fixtures', () => {
  test.each(validValuesFiles().map((file) => [path.relative(FIXTURES, file), file]))('accepts %s', (_name, file) => {
    expect(findValuesProblems(readValuesFile(file))).toEqual([]);
  });
});

/** Builds user values that set one dotted leaf path. */
function valuesAt(leafPath: string, value: unknown): Record<string, any> {
  const keys = leafPath.split('.');
  const root: Record<string, any> = {};
  let current = root;
  for (const key of keys.slice(0, -1)) {
    current[key] = {};
    current = current[key];
  }
  current[keys[keys.length - 1]] = value;
  return root;
}

const VALUE_OF_TYPE: Record<Exclude<LeafType, 'any'>, fc.Arbitrary<unknown>> = {
  string: fc.string({ minLength: 1 }),
  number: fc.integer({ min: 1, max: 1000 }),
  boolean: fc.boolean(),
  object: fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
  array: fc.array(fc.string()),
};

const typedLeaves = Object.entries(LEAF_TYPES).filter(([, type]) => type !== 'any') as Array<[string, Exclude<LeafType, 'any'>]>;

describe('validateValues on every leaf', () => {
  test('accepts a value of the leaf type', () => {
    const leafWithValue = fc.constantFrom(...typedLeaves).chain(([leafPath, type]) => fc.tuple(fc.constant(leafPath), VALUE_OF_TYPE[type]));
    fc.assert(fc.property(leafWithValue, ([leafPath, value]) => {
      expect(findValuesProblems(valuesAt(leafPath, value))).toEqual([]);
    }));
  });

  test('fails on a value of another type', () => {
    const leafWithWrongValue = fc.constantFrom(...typedLeaves).chain(([leafPath, type]) => {
      const otherTypes = (Object.keys(VALUE_OF_TYPE) as Array<Exclude<LeafType, 'any'>>).filter((other) => other !== type);
      return fc.tuple(fc.constant(leafPath), fc.constantFrom(...otherTypes).chain((other) => VALUE_OF_TYPE[other]));
    });
    fc.assert(fc.property(leafWithWrongValue, ([leafPath, value]) => {
      const problems = findValuesProblems(valuesAt(leafPath, value));
      expect(problems.map((problem) => problem.path)).toContain(leafPath);
    }));
  });
});
