export * from './types';
export * from './build';
export * from './proportions';
