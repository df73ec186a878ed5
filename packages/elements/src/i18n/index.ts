export { blockMessages, type BlockMessageKey } from './block-messages.js';
export {
  type EuroOptions,
  formatDate,
  formatEuro,
  formatNumber,
  formattersCreated,
  pluralCategory,
  toDate,
} from './format.js';
export {
  DEFAULT_LOCALE,
  directionOf,
  intlLocale,
  isolate,
  isRtl,
  LOCALES,
  type Locale,
  normalizeLocale,
} from './locale.js';
export {
  defineMessages,
  type LoadedTables,
  loadLocale,
  localeReady,
  type MessageParams,
  type Messages,
  type MessageTable,
  type MessageTables,
  type MessageValue,
  type OtherLocale,
  onLocaleLoaded,
  type PartialTable,
  type PluralMessage,
  type TableLoader,
  type Translate,
} from './messages.js';
