export * from './clip';
export * from './json';
