export * from './bones';
export * from './expressions';
