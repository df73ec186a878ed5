// English strings of the building blocks, fetched only when a widget's nearest `lang` is `en`.
import type { PartialTable } from './messages.js';
import type { BlockTable } from './block-messages.js';

const en: PartialTable<BlockTable> = {
  required: 'required',
  requiredLegend: 'Fields marked “required” must be filled in.',
  yes: 'Yes',
  no: 'No',
  dontKnow: 'I don’t know',
  errorPrefix: 'Error:',
  errorSummaryTitle: { one: 'There is {count} error', other: 'There are {count} errors' },
  errorSummaryIntro: 'Fix the following fields:',
  stepOf: 'Step {current} of {total}',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  dateHint: 'For example: 27 3 1985',
  euroUnit: 'euros',
  moneyHint: 'In euros, for example 1,200.50',
  suggestions: {
    zero: 'No suggestions',
    one: '{count} suggestion, use the up and down arrows to choose',
    other: '{count} suggestions, use the up and down arrows to choose',
  },
  noSuggestion: 'No town found. Check the spelling or type the postcode.',
  searching: 'Searching…',
  searchFailed: 'Search is not working right now. Try again in a moment.',
  selected: '{label} selected',
  toneInfo: 'Information:',
  toneSuccess: 'Done:',
  toneWarning: 'Warning:',
  toneError: 'Error:',
  cancel: 'Cancel',
  confirm: 'Confirm',
};

export default en;
