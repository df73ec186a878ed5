// Turkish strings of the validation helpers, fetched only when asked in that language.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from './messages.js';
import type { ParseTable } from './parse-messages.js';

const tr: PartialTable<ParseTable> = {
  errMoneyFormat: 'Tutarı rakamla yazın, örneğin 1200,50 (harf olmadan).',
  errMoneyNegative: 'Pozitif bir tutar ya da 0 yazın.',
  errMoneyDecimals: 'Virgülden sonra en fazla 2 rakam yazın (kuruşlar), örneğin 12,50.',
  errMoneyTooLarge: 'Bu tutar çok büyük görünüyor: sıfırların sayısını kontrol edin.',
  errDateIncomplete: 'Günü, ayı ve yılı yazın, örneğin 27 3 1985.',
  errDateDay: 'Gün 1 ile 31 arasında bir sayı olmalıdır.',
  errDateMonth: 'Ay 1 ile 12 arasında bir sayı olmalıdır.',
  errDateYear: 'Yıl 4 rakamlı olmalıdır, örneğin 1985.',
  errDateImpossible: 'Bu tarih yok: {month} yalnızca {days} gün çeker. Günü kontrol edin.',
  errDateFuture: 'Tarih geçmişte olmalıdır: yılı kontrol edin.',
};

export default tr;
