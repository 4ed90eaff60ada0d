export * from './retarget';
export * from './pose-clip';
export * from './compose';
