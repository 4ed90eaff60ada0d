export * from './body-chain';
