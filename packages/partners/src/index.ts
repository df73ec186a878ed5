export * from './communes.js';
export { FORMAT_LABELS, type FormatId, type ImportOptions, importText, mergeDuplicates } from './import.js';
export * from './model.js';
export * from './needs.js';
export * from './opening-hours.js';
export * from './partner-index.js';
export * from './partner-types.js';
export * from './search.js';
export { fold, formatPhone, nameKey } from './text.js';
