// Arabic strings of the building blocks, fetched only when a widget's nearest `lang` is `ar`.
import type { PartialTable } from './messages.js';
import type { BlockTable } from './block-messages.js';

const ar: PartialTable<BlockTable> = {
  required: 'إلزامي',
  requiredLegend: 'يجب ملء الخانات المكتوب عليها «إلزامي».',
  yes: 'نعم',
  no: 'لا',
  dontKnow: 'لا أعرف',
  errorPrefix: 'خطأ:',
  errorSummaryTitle: {
    zero: 'لا توجد أخطاء',
    one: 'يوجد خطأ واحد',
    two: 'يوجد خطآن',
    few: 'توجد {count} أخطاء',
    many: 'يوجد {count} خطأً',
    other: 'يوجد {count} خطأ',
  },
  errorSummaryIntro: 'صحّح الخانات التالية:',
  stepOf: 'الخطوة {current} من {total}',
  day: 'اليوم',
  month: 'الشهر',
  year: 'السنة',
  dateHint: 'مثال: 27 3 1985',
  euroUnit: 'يورو',
  moneyHint: 'باليورو، مثال: 1200,50',
  suggestions: {
    zero: 'لا توجد اقتراحات',
    one: 'اقتراح واحد، استعمل السهمين للأعلى وللأسفل للاختيار',
    two: 'اقتراحان، استعمل السهمين للأعلى وللأسفل للاختيار',
    few: '{count} اقتراحات، استعمل السهمين للأعلى وللأسفل للاختيار',
    many: '{count} اقتراحًا، استعمل السهمين للأعلى وللأسفل للاختيار',
    other: '{count} اقتراح، استعمل السهمين للأعلى وللأسفل للاختيار',
  },
  noSuggestion: 'لم يتم العثور على أي بلدية. تحقّق من الكتابة أو اكتب الرمز البريدي.',
  searchFailed: 'البحث لا يعمل حاليًا. أعد المحاولة بعد قليل.',
  selected: 'تم اختيار {label}',
  searching: 'جارٍ البحث…',
  toneInfo: 'معلومة:',
  toneSuccess: 'تمّ:',
  toneWarning: 'انتبه:',
  toneError: 'خطأ:',
  cancel: 'إلغاء',
  confirm: 'تأكيد',
};

export default ar;
