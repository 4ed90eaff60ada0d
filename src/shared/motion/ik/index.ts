export * from './arm';
