export * from './direction';
export * from './hand';
export * from './location';
export * from './movement';
