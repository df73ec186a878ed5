export { blockMessages, type BlockMessageKey } from './block-messages.js';
export { type EuroOptions, formatDate, formatEuro, formatNumber, pluralCategory, toDate } from './format.js';
export { DEFAULT_LOCALE, directionOf, intlLocale, LOCALES, type Locale, normalizeLocale } from './locale.js';
export {
  defineMessages,
  type MessageParams,
  type Messages,
  type MessageTable,
  type MessageTables,
  type MessageValue,
  type PartialTable,
  type PluralMessage,
  type Translate,
} from './messages.js';
