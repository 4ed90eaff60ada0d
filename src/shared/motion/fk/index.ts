export * from './skeleton-fk';
export * from './hand-world';
export * from './camera';
export * from './landmarks';
export * from './pose-file';
