export * from './align';
export * from './objective';
export * from './optimise';
