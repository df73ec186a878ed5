// Turkish strings of the building blocks, fetched only when a widget's nearest `lang` is `tr`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { BlockTable } from './block-messages.js';
import type { PartialTable } from './messages.js';

const tr: PartialTable<BlockTable> = {
  required: 'zorunlu',
  requiredLegend: '“zorunlu” olarak işaretlenen alanlar doldurulmalıdır.',
  yes: 'Evet',
  no: 'Hayır',
  dontKnow: 'Bilmiyorum',
  errorPrefix: 'Hata:',
  errorSummaryTitle: { one: '{count} hata var', other: '{count} hata var' },
  errorSummaryIntro: 'Şu alanları düzeltin:',
  stepOf: 'Adım {current} / {total}',
  day: 'Gün',
  month: 'Ay',
  year: 'Yıl',
  dateHint: 'Örneğin: 27 3 1985',
  euroUnit: 'avro',
  moneyHint: 'Avro olarak, örneğin 1200,50',
  suggestions: {
    zero: 'Öneri yok',
    one: '{count} öneri, seçmek için yukarı ve aşağı oklarını kullanın',
    other: '{count} öneri, seçmek için yukarı ve aşağı oklarını kullanın',
  },
  noSuggestion: 'Belediye bulunamadı. Yazımı kontrol edin ya da posta kodunu yazın.',
  searching: 'Aranıyor…',
  searchFailed: 'Arama şu anda çalışmıyor. Biraz sonra yeniden deneyin.',
  selected: '{label} seçildi',
  toneInfo: 'Bilgi:',
  toneSuccess: 'Tamam:',
  toneWarning: 'Dikkat:',
  toneError: 'Hata:',
  cancel: 'İptal',
  confirm: 'Onayla',
};

export default tr;
