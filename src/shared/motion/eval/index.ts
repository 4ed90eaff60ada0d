export * from './hand-descriptor';
export * from './nearest';
