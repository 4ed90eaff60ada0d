export * from './beam';
export * from './bpe';
export * from './normalize';
export * from './result';
export * from './vocab';
