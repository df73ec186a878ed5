// Arabic strings of the results summary and the hand-off, fetched only when the nearest `lang` is `ar`.
// Awaiting review by a native speaker (docs/traductions.md). Arabic punctuation (، ؛ ؟).
import type { PartialTable } from '../i18n/messages.js';
import type { HandoffTable } from './messages.js';

const ar: PartialTable<HandoffTable> = {
  summaryCount: {
    zero: 'لم نجد مساعدة تُصرف كل شهر يمكنك أن تطلبها إضافةً إلى ما تتلقّاه.',
    one: 'لك على الأرجح الحق في مساعدة واحدة تُصرف كل شهر ولا تتلقّاها ({count}).',
    other: 'لك على الأرجح الحق في مساعدات تُصرف كل شهر ولا تتلقّاها، عددها: {count}.',
  },
  summaryTotal: 'المجموع حوالي {amount} في الشهر (تقدير).',
  summaryNote:
    'هذا المجموع يحسب هذه المساعدات فقط. المساعدات التي تُصرف مرة في السنة، والتي تحتاج إلى تأكيد، محسوبة على حدة.',
  groupMonthly: 'مساعدات تُصرف كل شهر',
  groupYearly: 'مساعدات تُصرف مرة في السنة أو دفعة واحدة',
  groupMaybe: 'مساعدات تحتاج إلى تأكيد',
  groupMaybeIntro: 'قد يكون لك الحق فيها. ستخبرك الهيئة المعنية.',
  groupSteps: 'إجراءات مفيدة',
  groupStepsIntro: 'لا يُصرف مال، لكن هناك حقوق أو مساعدة في إجراءاتك.',
  groupReceived: 'المساعدات التي تتلقّاها من قبل',
  paidIn: 'تُصرف في {month}.',
  nextPayment: 'الدفعة القادمة: {month}.',
  estimateAmount: 'حوالي {amount} {per}.',
  flatAmount: 'المبلغ: {amount} {per}.',
  costAmount: 'ستدفع حوالي {amount} {per}.',
  freeAmount: 'ستكون مجانية لك.',
  upToAmount: 'حتى {amount} {per}.',
  perMonth: 'في الشهر',
  perYear: 'في السنة',
  perOnce: 'مرة واحدة',
  settleWith: 'لمعرفة ذلك: {question}',
  book: 'احجز موعدًا',
  bookWith: 'احجز موعدًا: {with}',
  reopenTitle: 'أعد فتح هذه الحصيلة على جهاز آخر',
  reopenText:
    'افتح هذا الرابط أو امسح هذا الرمز: تُفتح الحصيلة من جديد بالأجوبة نفسها. الأجوبة موجودة في الرابط نفسه، ولا تمرّ بأي خادم.',
  reopenLink: 'رابط لإعادة فتح هذه الحصيلة',
  qrAlt: 'رمز QR لإعادة فتح هذه الحصيلة',
  showQr: 'اعرض رمز QR لجهاز آخر',
  openSaved: 'افتح حصيلة محفوظة',
  openSavedHint: 'ملف حصيلة نزّلته من قبل (ينتهي بـ ‎.html).',
  notABilan: 'هذا الملف ليس حصيلة محفوظة. اختر الملف الذي نزّلته بزر «تنزيل حصيلتي».',
  restoreTitle: 'تمت مشاركة حصيلة بهذا الرابط',
  restoreText: 'هل تريد فتحها؟ ستحلّ أجوبتها محلّ أجوبة هذه الصفحة. تبقى على هذا الجهاز.',
  restoreYes: 'افتح هذه الحصيلة',
  restoreNo: 'لا، ابدأ حصيلة جديدة',
  restored: 'الحصيلة مفتوحة.',
  dontKnow: 'لا أعرف',
  yes: 'نعم',
  no: 'لا',
  noneOfThem: 'لا شيء',
  payloadDamaged:
    'هذا الرابط أو ملف الحصيلة هذا تالف أو ناقص: لا يمكن فتحه. اطلب نسخة جديدة، أو أعد الحصيلة.',
  payloadOld: 'أُنجزت هذه الحصيلة بنسخة من الخدمة لا يمكن قراءتها هنا. أعد الحصيلة: يستغرق ذلك بضع دقائق.',
};

export default ar;
