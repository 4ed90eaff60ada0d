export * from './directions';
export * from './frame';
export * from './presentation';
