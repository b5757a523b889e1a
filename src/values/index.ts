export { validateValues, findValuesProblems, InvalidValuesError } from './validate';
export type { ValuesProblem } from './validate';
export { readValuesFile, parseValuesYaml } from './read-file';
export { checkValues, VALUES_CHECKS } from './checks';
export type { CheckValuesOptions, ValuesFinding } from './checks';
