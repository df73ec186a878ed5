// Entry for pages (`@passerelle/partners/browser`): everything the widgets need to read an index,
// search it and show hours, without zod, papaparse or the importers (those stay in the main entry,
// for Node: the CLI and build scripts).
export * from './communes.js';
export * from './needs.js';
export * from './opening-hours.js';
export * from './partner-index.js';
export * from './partner-types.js';
export * from './right-needs.js';
export * from './place.js';
export * from './search.js';
export { formatPhone } from './cells.js';
export { fold, nameKey } from './text.js';
