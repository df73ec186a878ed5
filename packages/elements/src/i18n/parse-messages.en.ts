// English strings of the validation helpers, fetched only when asked in English.
import type { PartialTable } from './messages.js';
import type { ParseTable } from './parse-messages.js';

const en: PartialTable<ParseTable> = {
  errMoneyFormat: 'Write an amount in figures, for example 1200.50 (no letters).',
  errMoneyNegative: 'Write a positive amount or 0.',
  errMoneyDecimals: 'Write at most 2 digits after the decimal point (cents), for example 12.50.',
  errMoneyTooLarge: 'This amount looks too large: check the number of zeros.',
  errDateIncomplete: 'Write the day, month and year, for example 27 3 1985.',
  errDateDay: 'The day must be a number from 1 to 31.',
  errDateMonth: 'The month must be a number from 1 to 12.',
  errDateYear: 'The year must have 4 digits, for example 1985.',
  errDateImpossible: 'This date does not exist: {month} only has {days} days. Check the day.',
  errDateFuture: 'The date must be in the past: check the year.',
};
export default en;
