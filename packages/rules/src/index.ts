export * from './situation.js';
export * from './flow/index.js';
export * from './local-aids/index.js';
