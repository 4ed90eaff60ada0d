export * from './volumes';
export * from './sites';
