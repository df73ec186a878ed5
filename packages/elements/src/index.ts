// Public API of @passerelle/elements. Importing this file registers nothing: use the define entries.
export { VERSION } from './version.js';
export * from './base/index.js';
export * from './questionnaire/index.js';
export * from './partner-finder/index.js';
export * from './falc/index.js';
