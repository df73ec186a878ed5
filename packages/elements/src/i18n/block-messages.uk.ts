// Ukrainian strings of the building blocks, fetched only when a widget's nearest `lang` is `uk`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { BlockTable } from './block-messages.js';
import type { PartialTable } from './messages.js';

const uk: PartialTable<BlockTable> = {
  required: 'обов’язково',
  requiredLegend: 'Поля з позначкою «обов’язково» треба заповнити.',
  yes: 'Так',
  no: 'Ні',
  dontKnow: 'Не знаю',
  errorPrefix: 'Помилка:',
  errorSummaryTitle: {
    one: 'Є {count} помилка',
    few: 'Є {count} помилки',
    many: 'Є {count} помилок',
    other: 'Є {count} помилки',
  },
  errorSummaryIntro: 'Виправте такі поля:',
  stepOf: 'Крок {current} з {total}',
  day: 'День',
  month: 'Місяць',
  year: 'Рік',
  dateHint: 'Наприклад: 27 3 1985',
  euroUnit: 'євро',
  moneyHint: 'У євро, наприклад 1200,50',
  suggestions: {
    zero: 'Немає пропозицій',
    one: '{count} пропозиція, оберіть стрілками вгору і вниз',
    few: '{count} пропозиції, оберіть стрілками вгору і вниз',
    many: '{count} пропозицій, оберіть стрілками вгору і вниз',
    other: '{count} пропозиції, оберіть стрілками вгору і вниз',
  },
  noSuggestion: 'Громаду не знайдено. Перевірте написання або введіть поштовий індекс.',
  searching: 'Пошук…',
  searchFailed: 'Пошук зараз не працює. Спробуйте ще раз за хвилину.',
  selected: 'Обрано: {label}',
  toneInfo: 'Інформація:',
  toneSuccess: 'Готово:',
  toneWarning: 'Увага:',
  toneError: 'Помилка:',
  cancel: 'Скасувати',
  confirm: 'Підтвердити',
};

export default uk;
