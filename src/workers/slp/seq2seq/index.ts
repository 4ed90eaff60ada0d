export * from './eval';
export * from './pack';
export * from './runner';
