// OSM `opening_hours` in French open data: parse (parse.ts), evaluate on civil dates (calendar.ts), read the
// wall clock of a place (calendar.ts), say the status in plain French (status.ts), convert other formats
// (convert.ts, importers only).
export * from './opening-hours/calendar.js';
export * from './opening-hours/convert.js';
export * from './opening-hours/parse.js';
export * from './opening-hours/status.js';
