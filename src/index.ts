export * from './cert-manager';
export * from './props';
export * from './issuers';
export * from './compliance';
