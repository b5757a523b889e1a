import * as fc from 'fast-check';
import { copyJson } from '../../src/private/json-copy';

function roundTrip(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('copyJson', () => {
  test('equals the JSON round trip on any JSON-like value', () => {
    const value = fc.anything({
      withNullPrototype: true,
      withDate: true,
      withBoxedValues: true,
      withSparseArray: true,
      withObjectString: true,
      values: [
        fc.constant(undefined), fc.constant(-0), fc.constant(Number.NaN), fc.constant(Infinity), fc.constant(() => 1), fc.double(), fc.string(),
      ],
    });
    fc.assert(fc.property(fc.dictionary(fc.string(), value), (input) => {
      expect(copyJson(input)).toStrictEqual(roundTrip(input));
    }), { numRuns: 500 });
  });

  test('keeps a __proto__ key as an own property', () => {
    const input = JSON.parse('{"__proto__": [1], "a": 2}');
    const copy = copyJson(input);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect(copy).toStrictEqual(roundTrip(input));
  });

  test('shares no map or list with its input', () => {
    const input = { a: { b: [1, { c: 'd' }] } };
    const copy = copyJson(input);
    (copy.a.b[1] as { c: string }).c = 'changed';
    (copy.a.b as unknown[]).push(2);
    expect(input).toEqual({ a: { b: [1, { c: 'd' }] } });
  });

  test('writes -0 as 0, and NaN, infinities and undefined list items as null', () => {
    expect(copyJson({ zero: -0, list: [Number.NaN, Infinity, undefined], gone: undefined })).toStrictEqual({ zero: 0, list: [null, null, null] });
    expect(Object.is(copyJson({ zero: -0 }).zero, 0)).toBe(true);
  });
});
