// Arabic strings of the fiche de liaison, fetched only when the nearest `lang` is `ar`.
// Awaiting review by a native speaker (docs/traductions.md). Arabic punctuation (، ؛ ؟).
import type { PartialTable } from '../i18n/messages.js';
import type { FicheTable } from './fiche-messages.js';

const ar: PartialTable<FicheTable> = {
  ficheTitle: 'حصيلة الوصول إلى الحقوق',
  ficheFor: 'لـ: {name}',
  ficheHost: 'أُنجزت مع: {host}',
  ficheDate: 'أُنجزت الحصيلة في {date}، حسب قواعد {month}.',
  notDecision:
    'هذا ليس قرارًا. هذه الحصيلة تقدير مبني على الأجوبة أدناه. الهيئة التي تصرف المساعدة هي وحدها التي يمكنها أن تقول إن كان لك الحق فيها، وكم.',
  answersTitle: 'الأجوبة المقدَّمة',
  answersIntro: 'تحقّق منها: إذا كان أحد الأجوبة خاطئًا، فقد تتغيّر النتيجة.',
  status: 'النتيجة',
  amount: 'المبلغ',
  whatToDo: 'ما يجب فعله',
  papers: 'الأوراق التي يجب تحضيرها',
  officialLink: 'قدّم الطلب على الموقع الرسمي',
  whereToGo: 'إلى أين تذهب',
  openNow: 'مفتوح الآن',
  closedNow: 'مغلق الآن',
  hours: 'أوقات العمل',
  hoursLine: '{label}: {hours}',
  followUpTitle: 'متابعة الحقوق (مرافقة)',
  followUpRight: 'المساعدة',
  followUpState: 'الحالة',
  followUpOrientedTo: 'وُجّه إلى',
  followUpNote: 'ملاحظة',
};

export default ar;
