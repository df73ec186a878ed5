// Turkish strings of the fiche de liaison, fetched only when the nearest `lang` is `tr`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from '../i18n/messages.js';
import type { FicheTable } from './fiche-messages.js';

const tr: PartialTable<FicheTable> = {
  ficheTitle: 'Haklara erişim değerlendirmesi',
  ficheFor: 'Kimin için: {name}',
  ficheHost: 'Birlikte yapan: {host}',
  ficheDate: 'Değerlendirme {date} tarihinde, {month} kurallarına göre yapıldı.',
  notDecision:
    'Bu bir karar değildir. Bu değerlendirme, aşağıdaki cevaplara göre yapılmış bir tahmindir. Bir yardıma hakkınız olup olmadığını ve ne kadar olduğunu yalnızca o yardımı ödeyen kurum söyleyebilir.',
  answersTitle: 'Verilen cevaplar',
  answersIntro: 'Kontrol edin: bir cevap yanlışsa sonuç değişebilir.',
  status: 'Sonuç',
  amount: 'Tutar',
  whatToDo: 'Ne yapmalı',
  papers: 'Hazırlanacak belgeler',
  officialLink: 'Başvuruyu resmî sitede yapın',
  whereToGo: 'Nereye gitmeli',
  openNow: 'Şu anda açık',
  closedNow: 'Şu anda kapalı',
  hours: 'Çalışma saatleri',
  hoursLine: '{label}: {hours}',
  followUpTitle: 'Hakların takibi (destek)',
  followUpRight: 'Yardım',
  followUpState: 'Durum',
  followUpOrientedTo: 'Yönlendirildiği yer',
  followUpNote: 'Not',
};

export default tr;
