export * from './human-bones';
export * from './bones';
export * from './expressions';
