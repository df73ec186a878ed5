// Ukrainian strings of <passerelle-falc>, fetched only when the nearest `lang` is `uk`.
// Awaiting review by a native speaker (docs/traductions.md). The explanations themselves stay in French
// (there is no Ukrainian FALC text): the widget marks them `lang="fr"` and reads them with a French voice.
import type { PartialTable } from '../i18n/messages.js';
import type { FalcTable } from './messages.js';

const uk: PartialTable<FalcTable> = {
  readAloud: 'Прослухати текст',
  listen: 'Слухати',
  pause: 'Пауза',
  resume: 'Продовжити',
  stop: 'Зупинити',
  readingStarted: 'Читання вголос почалося.',
  readingEnded: 'Читання завершено.',
  paused: 'Читання призупинено.',
  resumed: 'Читання продовжено.',
  stopped: 'Читання зупинено.',
  wordHint: 'Складне слово. Натисніть, щоб побачити, що воно означає.',
  definitionOpen: '{word}: {definition}',
  lexicon: 'Складні слова',
  officialLink: 'Прочитати повну офіційну сторінку (французькою)',
  easyToRead: 'Легко читати',
  reviewed: 'Перевірено {date} людьми, яких це стосується.',
  chooseHeading: 'Оберіть допомогу',
  chooseIntro: 'Кожну допомогу пояснено простими словами, французькою мовою.',
  backToList: 'Переглянути всі допомоги',
  unknownRight: 'У нас немає пояснення для «{right}». Оберіть допомогу зі списку.',
  amountError: 'Для цієї дати неможливо розрахувати суми. Ось сьогоднішні суми.',
  opened: 'Показано пояснення: {title}.',
  loading: 'Завантаження…',
  loadError: 'Не вдалося завантажити текст. Перевірте з’єднання з інтернетом і спробуйте ще раз.',
  retry: 'Спробувати ще раз',
};

export default uk;
