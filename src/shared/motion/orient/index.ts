export * from './directions';
export * from './frame';
