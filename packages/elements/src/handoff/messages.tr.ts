// Turkish strings of the results summary and the hand-off, fetched only when the nearest `lang` is `tr`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from '../i18n/messages.js';
import type { HandoffTable } from './messages.js';

const tr: PartialTable<HandoffTable> = {
  summaryCount: {
    zero: 'Ek olarak isteyebileceğiniz, her ay ödenen bir yardım bulamadık.',
    one: 'Almadığınız, her ay ödenen {count} yardıma muhtemelen hakkınız var.',
    other: 'Almadığınız, her ay ödenen {count} yardıma muhtemelen hakkınız var.',
  },
  summaryTotal: 'Toplamda ayda yaklaşık {amount} (tahmin).',
  summaryNote:
    'Bu toplam yalnızca bu yardımları sayar. Yılda bir kez ödenen yardımlar ve kesinleşmesi gerekenler ayrıdır.',
  groupMonthly: 'Her ay ödenen yardımlar',
  groupYearly: 'Yılda bir kez ya da tek seferde ödenen yardımlar',
  groupMaybe: 'Kesinleşmesi gereken yardımlar',
  groupMaybeIntro: 'Belki hakkınız var. Bunu ilgili kurum size söyler.',
  groupSteps: 'Faydalı işlemler',
  groupStepsIntro: 'Para ödenmez, ama haklar ya da işlemleriniz için yardım vardır.',
  groupReceived: 'Zaten aldığınız yardımlar',
  paidIn: '{month} ayında ödenir.',
  nextPayment: 'Sonraki ödeme: {month}.',
  estimateAmount: 'Yaklaşık {amount} {per}.',
  flatAmount: 'Tutar: {amount} {per}.',
  costAmount: 'Yaklaşık {amount} {per} ödersiniz.',
  freeAmount: 'Sizin için ücretsiz olur.',
  upToAmount: '{per} en fazla {amount}.',
  perMonth: 'ayda',
  perYear: 'yılda',
  perOnce: 'bir kez',
  settleWith: 'Öğrenmek için: {question}',
  book: 'Randevu alın',
  bookWith: 'Randevu alın: {with}',
  reopenTitle: 'Bu değerlendirmeyi başka bir cihazda yeniden açın',
  reopenText:
    'Bu bağlantıyı açın ya da bu kodu okutun: değerlendirme aynı cevaplarla yeniden açılır. Cevaplar bağlantının içindedir, hiçbir sunucudan geçmez.',
  reopenLink: 'Bu değerlendirmeyi yeniden açma bağlantısı',
  qrAlt: 'Bu değerlendirmeyi yeniden açmak için QR kod',
  showQr: 'Başka bir cihaz için QR kod göster',
  openSaved: 'Kaydedilmiş bir değerlendirmeyi açın',
  openSavedHint: 'Daha önce indirilmiş bir değerlendirme dosyası (.html ile biter).',
  notABilan:
    'Bu dosya kaydedilmiş bir değerlendirme değil. «Değerlendirmemi indir» ile indirilen dosyayı seçin.',
  restoreTitle: 'Bu bağlantıyla bir değerlendirme paylaşıldı',
  restoreText: 'Açmak istiyor musunuz? Cevapları bu sayfadaki cevapların yerine geçer. Bu cihazda kalırlar.',
  restoreYes: 'Bu değerlendirmeyi aç',
  restoreNo: 'Hayır, yeni bir değerlendirme başlat',
  restored: 'Değerlendirme açıldı.',
  dontKnow: 'Bilmiyorum',
  yes: 'Evet',
  no: 'Hayır',
  noneOfThem: 'Hiçbiri',
  payloadDamaged:
    'Bu bağlantı ya da değerlendirme dosyası bozuk veya eksik: açılamıyor. Yeni bir kopya isteyin ya da değerlendirmeyi yeniden yapın.',
  payloadOld:
    'Bu değerlendirme, burada okunamayan bir hizmet sürümüyle yapıldı. Değerlendirmeyi yeniden yapın: birkaç dakika sürer.',
};

export default tr;
