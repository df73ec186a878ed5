// Arabic names of the life events of the start screen (flow/life-events.ts). Awaiting review by a native speaker.
import type { LifeEventsTable } from './types.js';

const ar: LifeEventsTable = {
  review: 'awaiting-review',
  events: {
    naissance: { label: 'أنتظر طفلًا أو وُلد لي طفل', hint: 'حمل أو ولادة أو تبنٍّ.' },
    separation: {
      label: 'أنا في طور الانفصال أو انفصلت للتو',
      hint: 'طلاق، نهاية عقد PACS أو نهاية حياة مشتركة.',
    },
    perte_emploi: { label: 'فقدت عملي', hint: 'نهاية عقد، فصل من العمل، إنهاء بالتراضي، نهاية مهمة مؤقتة.' },
    retraite: { label: 'سأتقاعد أو أنا متقاعد', hint: 'طلب التقاعد، العيش بمعاش تقاعد صغير.' },
    handicap: { label: 'إعاقة أو مرض يغيّر حياتي', hint: 'لك أو لشخص قريب منك، طفل أو بالغ.' },
    arrivee_france: { label: 'وصلت إلى فرنسا حديثًا', hint: 'أول بطاقة إقامة، أو عودة من الخارج.' },
    deces_proche: { label: 'توفي شخص قريب مني', hint: 'الزوج أو الزوجة، أحد والدَي الأطفال.' },
  },
};
export default ar;
