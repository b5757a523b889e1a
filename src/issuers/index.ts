export * from './references';
export * from './dns01-provider';
export * from './acme-solver';
export * from './vault-auth';
export * from './issuer-config';
export * from './issuer-egress';
export * from './issuer';
export * from './certificate';
