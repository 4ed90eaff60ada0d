export * from './bench';
export * from './sample-signs';
export * from './coverage';
export * from './rare-lexicon';
