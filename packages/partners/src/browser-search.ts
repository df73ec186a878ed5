// Entry for the search side of a page (`@passerelle/partners/search`): reading shards, searching, opening
// hours. Pages that show a form first load it apart; every page code that searches imports it from here, so
// that it travels as one file (see @passerelle/embed).
export { needFilter } from './needs.js';
export { timeZoneForPostcode } from './opening-hours/calendar.js';
export { parseOpeningHours } from './opening-hours/parse.js';
export { weekTable } from './opening-hours/status.js';
export { readShard, shardsFor } from './partner-index.js';
export { isStale, placeStatus, routeUrl, searchPlaces } from './search.js';
