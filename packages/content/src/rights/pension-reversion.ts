// Disability and old age (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('pension_reversion'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'pension_reversion',
  officialUrl: 'https://www.info-retraite.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Votre mari ou votre femme est décédé ?
Vous pouvez recevoir une partie de sa retraite.
C'est la pension de réversion.
Vous la recevez chaque mois.`,
      qui: `Vous pouvez avoir la réversion si :
- vous étiez marié,
- votre mari ou votre femme est décédé,
- vous avez 55 ans ou plus.

Pour la retraite de base, vos revenus ne doivent pas être trop hauts.`,
      combien: `Le montant dépend de la retraite de votre conjoint.
Pour la retraite de base, c'est 54 % de sa retraite.
Pour la retraite complémentaire, c'est 60 %.`,
      comment: `Faites une seule demande en ligne sur info-retraite.fr.
La demande va à toutes les caisses de retraite.`,
      aide: `La caisse de retraite peut vous aider.
Un lieu France Services peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Did your husband or wife die?
You can get part of their pension.
This is the survivor's pension.
You get it every month.`,
      qui: `You can get it if:
- you were married,
- your husband or wife died,
- you are 55 or older.

For the basic pension, your income must not be too high.`,
      combien: `The amount depends on your spouse's pension.
For the basic pension, it is 54% of the pension.
For the extra pension, it is 60%.`,
      comment: `Make one request online on info-retraite.fr.
It goes to all the pension funds.`,
      aide: `The pension fund can help you.
A France Services centre can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `هل توفي زوجك أو زوجتك؟
يمكنك الحصول على جزء من معاش تقاعد الشخص المتوفى.
هذا هو معاش الزوج المتوفى.
تحصل عليه كل شهر.`,
      qui: `يمكنك الحصول على معاش الزوج المتوفى إذا:
- كنت متزوجًا،
- توفي زوجك أو زوجتك،
- كان عمرك 55 سنة أو أكثر.

بالنسبة للتقاعد الأساسي، يجب ألا تكون مداخيلك مرتفعة جدًا.`,
      combien: `يعتمد المبلغ على معاش تقاعد شريك حياتك.
بالنسبة للتقاعد الأساسي، هو 54 % من هذا المعاش.
بالنسبة للتقاعد التكميلي، هو 60 %.`,
      comment: `قدّم طلبًا واحدًا عبر الإنترنت على info-retraite.fr.
يصل الطلب إلى كل صناديق التقاعد.`,
      aide: `يمكن أن يساعدك صندوق التقاعد.
يمكن أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
