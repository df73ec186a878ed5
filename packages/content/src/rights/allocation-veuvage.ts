// Money to live on (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('allocation_veuvage'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'allocation_veuvage',
  officialUrl: 'https://www.lassuranceretraite.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'allocation de veuvage est de l'argent pour une personne veuve.
Elle aide pendant 2 ans après le décès.`,
      qui: `Vous pouvez avoir cette allocation si :
- votre mari ou votre femme est décédé,
- vous avez moins de 55 ans,
- vous ne vivez pas en couple,
- vous avez peu d'argent.`,
      combien: `Vous recevez jusqu'à {montant:veuvage.montant} par mois.
Le montant baisse si vous avez d'autres revenus.`,
      comment: `Faites la demande à la caisse de retraite de votre conjoint.
Faites-la dans les 2 ans après le décès.`,
      aide: `La caisse de retraite peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The widow's allowance is money for a widowed person.
It helps for 2 years after the death.`,
      qui: `You can get this allowance if:
- your husband or wife died,
- you are under 55,
- you do not live as a couple,
- you have little money.`,
      combien: `You get up to {montant:veuvage.montant} a month.
The amount goes down if you have other income.`,
      comment: `Apply to your spouse's pension fund.
Apply within 2 years after the death.`,
      aide: `The pension fund can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة الترمل مال لشخص مات زوجه أو زوجته.
تساعد لمدة سنتين بعد الوفاة.`,
      qui: `يمكنك الحصول على هذه المنحة إذا:
- مات زوجك أو زوجتك،
- كان عمرك أقل من 55 سنة،
- كنت لا تعيش مع شريك الحياة،
- كان لديك مال قليل.`,
      combien: `تحصل على {montant:veuvage.montant} كل شهر على الأكثر.
ينقص المبلغ إذا كان لديك دخل آخر.`,
      comment: `قدّم الطلب إلى صندوق التقاعد الخاص بزوجك أو زوجتك.
قدّمه خلال سنتين بعد الوفاة.`,
      aide: `يمكن أن يساعدك صندوق التقاعد.
يمكن أن يساعدك CCAS في بلديتك.`,
    },
  },
};

export default body;
