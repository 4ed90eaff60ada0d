export * from './rest';
export * from './estimate';
export * from './utterance';
export * from './track-eval';
export * from './solver';
export * from './mirror';
export * from './synthesize';
