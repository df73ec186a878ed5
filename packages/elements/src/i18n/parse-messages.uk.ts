// Ukrainian strings of the validation helpers, fetched only when asked in that language.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from './messages.js';
import type { ParseTable } from './parse-messages.js';

const uk: PartialTable<ParseTable> = {
  errMoneyFormat: 'Напишіть суму цифрами, наприклад 1200,50 (без літер).',
  errMoneyNegative: 'Напишіть додатну суму або 0.',
  errMoneyDecimals: 'Напишіть не більше 2 цифр після коми (центи), наприклад 12,50.',
  errMoneyTooLarge: 'Ця сума здається завеликою: перевірте кількість нулів.',
  errDateIncomplete: 'Напишіть день, місяць і рік, наприклад 27 3 1985.',
  errDateDay: 'День має бути числом від 1 до 31.',
  errDateMonth: 'Місяць має бути числом від 1 до 12.',
  errDateYear: 'Рік має складатися з 4 цифр, наприклад 1985.',
  errDateImpossible: 'Такої дати немає: у місяці «{month}» лише {days} днів. Перевірте день.',
  errDateFuture: 'Дата має бути в минулому: перевірте рік.',
};

export default uk;
