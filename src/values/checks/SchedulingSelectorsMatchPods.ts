import { formatPath, formatValue, isMapping, PathSegment } from '../describe';
import { Component, COMPONENTS, componentPath, componentValues, isRendered, podLabels } from './components';
import { CheckContext, ValuesFinding } from './types';

/**
 * Warns about a topology spread constraint or a pod (anti-)affinity term of a component whose
 * label selector matches none of that component's pods. Such a constraint spreads or places
 * nothing, which is the usual result of a selector copied from another component. Terms with
 * `namespaces` or `namespaceSelector` look at pods in other namespaces and are skipped.
 */
export function schedulingSelectorsMatchPods(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const component of COMPONENTS) {
    if (!isRendered(context.values, component)) {
      continue;
    }
    const labels = podLabels(context, component);
    for (const term of schedulingTerms(context.values, component)) {
      if (!isMapping(term.selector) || isEmptySelector(term.selector) || selectorMatches(term.selector, labels)) {
        continue;
      }
      const path = formatPath(term.segments);
      findings.push({
        level: 'warning',
        path,
        message: `\`${path}\` is ${formatValue(term.selector)}, which matches none of the ${component.name} pods, so the ${term.kind} `
          + `has no effect on them. The chart labels them app.kubernetes.io/name=${labels['app.kubernetes.io/name']} and `
          + `app.kubernetes.io/component=${component.name}. Change the selector to match these labels, unless the ${term.kind} is `
          + 'meant to refer to the pods of another workload.',
      });
    }
  }
  return findings;
}

interface SchedulingTerm {
  readonly kind: string;
  readonly selector: unknown;
  readonly segments: PathSegment[];
}

function schedulingTerms(values: Record<string, any>, component: Component): SchedulingTerm[] {
  const own = componentValues(values, component);
  const base = componentPath(component, '').split('.').filter((key) => key !== '');
  const terms: SchedulingTerm[] = [];

  const spread = own.topologySpreadConstraints;
  if (Array.isArray(spread)) {
    spread.forEach((constraint, index) => {
      if (isMapping(constraint) && constraint.labelSelector !== undefined) {
        terms.push({
          kind: 'topology spread constraint',
          selector: constraint.labelSelector,
          segments: [...base, 'topologySpreadConstraints', index, 'labelSelector'],
        });
      }
    });
  }

  const affinity = isMapping(own.affinity) ? own.affinity : {};
  for (const [key, kind] of [['podAffinity', 'pod affinity term'], ['podAntiAffinity', 'pod anti-affinity term']]) {
    const rules = isMapping(affinity[key]) ? affinity[key] : {};
    const required = rules.requiredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(required)) {
      required.forEach((term, index) => {
        if (isOwnNamespaceTerm(term)) {
          terms.push({ kind, selector: term.labelSelector, segments: [...base, 'affinity', key, 'requiredDuringSchedulingIgnoredDuringExecution', index, 'labelSelector'] });
        }
      });
    }
    const preferred = rules.preferredDuringSchedulingIgnoredDuringExecution;
    if (Array.isArray(preferred)) {
      preferred.forEach((weighted, index) => {
        const term = isMapping(weighted) ? weighted.podAffinityTerm : undefined;
        if (isOwnNamespaceTerm(term)) {
          terms.push({
            kind,
            selector: term.labelSelector,
            segments: [...base, 'affinity', key, 'preferredDuringSchedulingIgnoredDuringExecution', index, 'podAffinityTerm', 'labelSelector'],
          });
        }
      });
    }
  }
  return terms;
}

function isOwnNamespaceTerm(term: unknown): term is Record<string, any> {
  return isMapping(term) && term.labelSelector !== undefined && term.namespaces === undefined && term.namespaceSelector === undefined;
}

function isEmptySelector(selector: Record<string, any>): boolean {
  const matchLabels = isMapping(selector.matchLabels) ? Object.keys(selector.matchLabels) : [];
  const matchExpressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  return matchLabels.length === 0 && matchExpressions.length === 0;
}

/** Evaluates a Kubernetes label selector (matchLabels and the four matchExpressions operators) against labels. */
export function selectorMatches(selector: Record<string, any>, labels: Record<string, string>): boolean {
  if (isMapping(selector.matchLabels)) {
    for (const [key, value] of Object.entries(selector.matchLabels)) {
      if (labels[key] !== String(value)) {
        return false;
      }
    }
  }
  const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const expression of expressions) {
    if (!isMapping(expression)) {
      continue;
    }
    const key = String(expression.key);
    const present = Object.prototype.hasOwnProperty.call(labels, key);
    const candidates = Array.isArray(expression.values) ? expression.values.map(String) : [];
    switch (expression.operator) {
      case 'In':
        if (!present || !candidates.includes(labels[key])) return false;
        break;
      case 'NotIn':
        if (present && candidates.includes(labels[key])) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        // The API server rejects an unknown operator, so this check leaves it to the API server.
        break;
    }
  }
  return true;
}
