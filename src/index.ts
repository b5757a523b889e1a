export * from './cert-manager';
export * from './props';
