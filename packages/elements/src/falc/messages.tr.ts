// Turkish strings of <passerelle-falc>, fetched only when the nearest `lang` is `tr`.
// Awaiting review by a native speaker (docs/traductions.md). The explanations themselves stay in French
// (there is no Turkish FALC text): the widget marks them `lang="fr"` and reads them with a French voice.
import type { PartialTable } from '../i18n/messages.js';
import type { FalcTable } from './messages.js';

const tr: PartialTable<FalcTable> = {
  readAloud: 'Metni dinle',
  listen: 'Dinle',
  pause: 'Duraklat',
  resume: 'Devam et',
  stop: 'Durdur',
  readingStarted: 'Sesli okuma başladı.',
  readingEnded: 'Okuma bitti.',
  paused: 'Okuma duraklatıldı.',
  resumed: 'Okuma devam ediyor.',
  stopped: 'Okuma durduruldu.',
  wordHint: 'Zor kelime. Anlamını görmek için basın.',
  definitionOpen: '{word}: {definition}',
  lexicon: 'Zor kelimeler',
  officialLink: 'Resmî sayfanın tamamını okuyun (Fransızca)',
  easyToRead: 'Kolay okunur',
  reviewed: 'Bu durumu yaşayan kişiler tarafından {date} tarihinde gözden geçirildi.',
  chooseHeading: 'Bir yardım seçin',
  chooseIntro: 'Her yardım basit kelimelerle, Fransızca olarak anlatılıyor.',
  backToList: 'Tüm yardımları gör',
  unknownRight: '“{right}” için açıklamamız yok. Listeden bir yardım seçin.',
  amountError: 'Bu tarih için tutarlar hesaplanamıyor. Bugünkü tutarlar gösteriliyor.',
  opened: 'Gösterilen açıklama: {title}.',
  loading: 'Yükleniyor…',
  loadError: 'Metin yüklenemedi. İnternet bağlantınızı kontrol edin, sonra yeniden deneyin.',
  retry: 'Yeniden dene',
};

export default tr;
