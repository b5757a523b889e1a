import { describeKind, formatPath, formatValue, isMapping, PathSegment, suggestKey } from '../describe';
import { COMPONENTS, componentPath, componentValues, isRendered } from './components';
import { CONTAINER_SECURITY_CONTEXT, FieldSpec, FieldType, POD_SECURITY_CONTEXT } from './security-context-fields';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects fields that the Kubernetes PodSecurityContext or container SecurityContext does not
 * have, or that have the wrong type, in each component's `securityContext` and
 * `containerSecurityContext`. The chart copies both mappings into the pod spec unchanged, so the
 * API server drops an unknown field (or rejects it under strict field validation), and a
 * setting such as `enabled: true` from older charts silently does nothing.
 */
export function securityContextFieldsKnown(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const component of COMPONENTS) {
    if (!isRendered(context.values, component)) {
      continue;
    }
    const own = componentValues(context.values, component);
    const contexts: Array<[string, FieldSpec, string, FieldSpec, string]> = [
      ['securityContext', POD_SECURITY_CONTEXT, 'PodSecurityContext', CONTAINER_SECURITY_CONTEXT, 'containerSecurityContext'],
      ['containerSecurityContext', CONTAINER_SECURITY_CONTEXT, 'container SecurityContext', POD_SECURITY_CONTEXT, 'securityContext'],
    ];
    for (const [key, spec, typeName, otherSpec, otherKey] of contexts) {
      const value = own[key];
      if (value === undefined || value === null) {
        continue;
      }
      const segments = [...componentPath(component, key).split('.')];
      const hint: Hint = { otherSpec, otherPath: componentPath(component, otherKey) };
      checkObject(value, spec, segments, typeName, hint, findings);
    }
  }
  return findings;
}

/** Points to the other security context when a top-level field belongs there. */
interface Hint {
  readonly otherSpec: FieldSpec;
  readonly otherPath: string;
}

function checkObject(
  value: unknown, spec: FieldSpec, segments: PathSegment[], typeName: string, hint: Hint | undefined, findings: ValuesFinding[],
): void {
  const path = formatPath(segments);
  if (!isMapping(value)) {
    findings.push({
      level: 'error',
      path,
      message: `\`${path}\` must be a mapping of ${typeName} fields, but received ${describeKind(value)} (${formatValue(value)}). Write its fields as keys under \`${path}\`.`,
    });
    return;
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const fieldSegments = [...segments, field];
    const fieldType = spec[field];
    if (fieldType === undefined) {
      findings.push(unknownField(field, fieldValue, fieldSegments, spec, typeName, hint));
      continue;
    }
    if (fieldValue !== null) {
      checkField(fieldValue, fieldType, fieldSegments, `${typeName} field \`${field}\``, findings);
    }
  }
}

function checkField(value: unknown, type: FieldType, segments: PathSegment[], typeName: string, findings: ValuesFinding[]): void {
  if (Array.isArray(type)) {
    if (!Array.isArray(value)) {
      const path = formatPath(segments);
      findings.push({
        level: 'error',
        path,
        message: `\`${path}\` must be a list, but received ${describeKind(value)} (${formatValue(value)}). Write it as a list, one item per line starting with \`- \`.`,
      });
      return;
    }
    value.forEach((item, index) => checkField(item, type[0], [...segments, index], typeName, findings));
    return;
  }
  if (typeof type === 'object') {
    checkObject(value, type, segments, typeName, undefined, findings);
    return;
  }
  const matches = type === 'integer' ? Number.isInteger(value) : typeof value === type;
  if (!matches) {
    const path = formatPath(segments);
    const expected = type === 'integer' ? 'a whole number' : `a ${type}`;
    findings.push({
      level: 'error',
      path,
      message: `\`${path}\` must be ${expected}, but received ${describeKind(value)} (${formatValue(value)}). `
        + `The API server rejects the pod otherwise. Set it to ${expected}${typeof value === 'string' ? ' without quotes' : ''}.`,
    });
  }
}

function unknownField(
  field: string, value: unknown, segments: PathSegment[], spec: FieldSpec, typeName: string, hint: Hint | undefined,
): ValuesFinding {
  const path = formatPath(segments);
  let fix: string;
  if (hint !== undefined && hint.otherSpec[field] !== undefined) {
    fix = `The field belongs to the other security context: move it to \`${hint.otherPath}.${field}\`.`;
  } else {
    const suggestion = suggestKey(field, Object.keys(spec));
    fix = suggestion === undefined
      ? 'Remove it.'
      : `Did you mean \`${formatPath([...segments.slice(0, -1), suggestion])}\`? Otherwise remove it.`;
  }
  if (field === 'enabled') {
    fix = 'Remove it: a security context has no on/off switch, and the chart applies the fields that are set. '
      + 'Older versions of the chart used this key to turn the security context on.';
  }
  return {
    level: 'error',
    path,
    message: `\`${path}\` is not a field of the Kubernetes ${typeName} (received ${formatValue(value)}). The chart copies it into the pod spec `
      + `unchanged, and the API server drops or rejects it, so the setting has no effect. ${fix}`,
  };
}
