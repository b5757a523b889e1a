export { FindingStatus, RuleLevel } from './rule';
export { ComplianceFinding, PackSummary } from './finding';
export { ComplianceSuppression, SuppressedObject } from './suppressions';
export { CompliancePack } from './compliance-pack';
export { Compliance, ComplianceChecks, ComplianceChecksProps, ReportFormat } from './compliance-checks';
export { ComplianceValidation, ComplianceValidationProps } from './plugin';
