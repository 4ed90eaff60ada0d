export * from './fingers';
export * from './model';
export * from './pose';
export * from './parts';
export * from './thumb';
export * from './shape';
export * from './params';
