export * from './effects';
export * from './sampa';
export * from './mouth';
export * from './tiers';
export * from './spans';
export * from './blinks';
export * from './body-part';
export * from './sample';
