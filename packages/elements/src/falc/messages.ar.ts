// Arabic strings of <passerelle-falc>, fetched only when a widget's nearest `lang` is `ar`. The explanations
// themselves come in Arabic from @passerelle/content (drafts awaiting review by native speakers).
import type { PartialTable } from '../i18n/messages.js';
import type { FalcTable } from './messages.js';

const ar: PartialTable<FalcTable> = {
  readAloud: 'الاستماع إلى النص',
  listen: 'استماع',
  pause: 'إيقاف مؤقت',
  resume: 'متابعة',
  stop: 'إيقاف',
  readingStarted: 'بدأت القراءة بصوت عالٍ.',
  readingEnded: 'انتهت القراءة.',
  paused: 'القراءة متوقفة مؤقتًا.',
  resumed: 'استُؤنفت القراءة.',
  stopped: 'توقفت القراءة.',
  wordHint: 'كلمة صعبة. اضغط لترى معناها.',
  definitionOpen: '{word}: {definition}',
  lexicon: 'الكلمات الصعبة',
  officialLink: 'قراءة الصفحة الرسمية كاملة (بالفرنسية)',
  easyToRead: 'سهل القراءة',
  reviewed: 'راجعه أشخاص معنيون بتاريخ {date}.',
  chooseHeading: 'اختر مساعدة',
  chooseIntro: 'كل مساعدة مشروحة بكلمات بسيطة.',
  backToList: 'عرض كل المساعدات',
  unknownRight: 'ليس لدينا شرح لـ «{right}». اختر مساعدة من القائمة.',
  amountError: 'لا يمكن حساب المبالغ لهذا التاريخ. هذه هي مبالغ اليوم.',
  opened: 'الشرح معروض: {title}.',
  loading: 'جارٍ التحميل…',
  loadError: 'تعذّر تحميل النص. تحقّق من اتصالك بالإنترنت، ثم أعد المحاولة.',
  retry: 'إعادة المحاولة',
};

export default ar;
