export * from './bench';
export * from './sample-signs';
