// Disability and old age (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('aide_menagere'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aide_menagere',
  officialUrl: 'https://www.pour-les-personnes-agees.gouv.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'aide ménagère, ce sont des heures d'aide chez vous.
Par exemple : pour le ménage, les courses ou les repas.`,
      qui: `Vous pouvez avoir cette aide si :
- vous avez 65 ans ou plus,
- ou vous avez 60 ans et vous ne pouvez plus travailler,
- vous avez besoin d'aide chez vous.`,
      combien: `Si vous avez peu d'argent, le département paie les heures.
Sinon, votre caisse de retraite peut aider à payer.`,
      comment: `Demandez le dossier au CCAS de votre mairie.
Vous pouvez aussi demander à votre caisse de retraite.`,
      aide: `Le CCAS de votre mairie peut vous aider.
La caisse de retraite peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Home help means hours of help at home.
For example: cleaning, shopping or meals.`,
      qui: `You can get this help if:
- you are 65 or older,
- or you are 60 and cannot work any more,
- you need help at home.`,
      combien: `If you have little money, the local council pays.
If not, your pension fund can help to pay.`,
      comment: `Ask the CCAS at your town hall for the form.
You can also ask your pension fund.`,
      aide: `The CCAS at your town hall can help you.
The pension fund can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `المساعدة المنزلية هي ساعات مساعدة في بيتك.
مثلاً: للتنظيف أو التسوق أو الوجبات.`,
      qui: `يمكنك الحصول على هذه المساعدة إذا:
- كان عمرك 65 سنة أو أكثر،
- أو كان عمرك 60 سنة ولا تستطيع العمل،
- كنت تحتاج إلى مساعدة في بيتك.`,
      combien: `إذا كان لديك مال قليل، تدفع المقاطعة الساعات.
وإلا، يمكن أن يساعد صندوق التقاعد في الدفع.`,
      comment: `اطلب الملف من CCAS في بلديتك.
يمكنك أيضاً أن تطلبه من صندوق التقاعد.`,
      aide: `يمكن أن يساعدك CCAS في بلديتك.
يمكن أن يساعدك صندوق التقاعد.`,
    },
  },
};

export default body;
