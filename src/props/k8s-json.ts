import { K8S_JSON_FIELDS } from './k8s-json-fields';

/**
 * Converts an object of a cdk8s-plus-28 `k8s` type, such as `k8s.Affinity`, to its Kubernetes
 * JSON without loading cdk8s-plus-28.
 *
 * Fields get their Kubernetes names (`volumeId` becomes `volumeID`). `k8s.Quantity` and
 * `k8s.IntOrString` become their value, dates become ISO strings and undefined fields are dropped.
 * Fields already written with their Kubernetes name, as plain JavaScript callers may do, pass
 * unchanged.
 *
 * @param type name of the k8s type, a key of `K8S_JSON_FIELDS`
 * @param value an object of that type
 */
export function k8sToJson(type: string, value: any): any {
  if (value === undefined || value === null) {
    return value;
  }
  const fields = K8S_JSON_FIELDS[type];
  if (!fields) {
    throw new Error(`No JSON field table for k8s type '${type}'.`);
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    return plainJson(value);
  }
  const result: Record<string, any> = {};
  for (const [key, fieldValue] of Object.entries(value)) {
    if (fieldValue === undefined) {
      continue;
    }
    const spec = fields[key];
    if (spec === undefined) {
      result[key] = plainJson(fieldValue);
      continue;
    }
    const [jsonName, form] = spec.split('|');
    result[jsonName] = convertField(form, fieldValue);
  }
  return result;
}

/** Converts each item of a list of a k8s type; see {@link k8sToJson}. */
export function k8sListToJson(type: string, value: any[]): any[] {
  return value.map((item) => k8sToJson(type, item));
}

function convertField(form: string, value: any): any {
  if (form === '') {
    return plainJson(value);
  }
  if (form === 'value') {
    return quantityValue(value);
  }
  if (form === 'date') {
    return value instanceof Date ? value.toISOString() : plainJson(value);
  }
  if (form === '{}value') {
    return mapValues(value, quantityValue);
  }
  if (form.startsWith('@')) {
    return k8sToJson(form.slice(1), value);
  }
  if (form.startsWith('[]')) {
    return Array.isArray(value) ? value.map((item) => k8sToJson(form.slice(2), item)) : plainJson(value);
  }
  if (form.startsWith('{}')) {
    return mapValues(value, (item) => k8sToJson(form.slice(2), item));
  }
  throw new Error(`Unknown field form '${form}' in the k8s JSON field table.`);
}

function mapValues(value: any, convert: (item: any) => any): any {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return plainJson(value);
  }
  const result: Record<string, any> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) {
      result[key] = convert(item);
    }
  }
  return result;
}

/**
 * Returns the value of a `k8s.Quantity` or `k8s.IntOrString`, which both keep it in `value`. A
 * plain string or number passes unchanged.
 */
export function quantityValue(value: any): any {
  if (isValueWrapper(value)) {
    return value.value;
  }
  return plainJson(value);
}

/**
 * True for an instance of a class such as `k8s.Quantity` or `k8s.IntOrString`: an object made
 * by a constructor other than `Object`, with a string or number `value`.
 */
export function isValueWrapper(value: any): value is { value: string | number } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    return false;
  }
  return typeof value.value === 'string' || typeof value.value === 'number';
}

/**
 * Returns a deep copy of a free-form value as JSON data. Undefined map entries are dropped, and
 * `Quantity` and `IntOrString` instances found anywhere become their value.
 */
export function plainJson(value: any): any {
  if (value === null || value === undefined || typeof value !== 'object') {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => (item === undefined ? null : plainJson(item)));
  }
  if (isValueWrapper(value)) {
    return value.value;
  }
  if (value instanceof Date) {
    return value.toISOString();
  }
  const result: Record<string, any> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) {
      result[key] = plainJson(item);
    }
  }
  return result;
}
