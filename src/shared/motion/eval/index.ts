export * from './hand-descriptor';
export * from './nearest';
export * from './hand-points';
