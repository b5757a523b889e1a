export { FindingStatus, RuleLevel } from './rule';
export * from './finding';
export * from './suppression';
export * from './compliance-pack';
export * from './compliance-checks';
export * from './plugin';
