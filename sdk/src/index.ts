export * from './protocol/index.ts';
export * from './client/index.ts';
