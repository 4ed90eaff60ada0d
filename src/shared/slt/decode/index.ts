export * from './cached-step';
export * from './confidence';
export * from './ctc';
export * from './endpoint';
export * from './events';
export * from './repeat-guard';
export * from './text';
export * from './vocab';
