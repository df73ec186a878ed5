// Money to live on (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('asi'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'asi',
  officialUrl:
    'https://www.ameli.fr/assure/droits-demarches/invalidite-handicap/invalidite/allocation-supplementaire-invalidite-asi',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'ASI est de l'argent en plus d'une pension d'invalidité.
Elle est pour les personnes qui ont peu d'argent.`,
      qui: `Vous pouvez avoir l'ASI si :
- vous avez une pension d'invalidité,
- vous avez peu d'argent,
- vous n'avez pas encore l'âge de la retraite.`,
      combien: `Le montant dépend de vos revenus.
Une personne seule peut avoir jusqu'à {montant:asi.plafond.personne_seule/12} par mois, avec ses autres revenus.`,
      comment: `Remplissez le formulaire de demande d'ASI.
Envoyez-le à votre CPAM avec vos revenus des 3 derniers mois.`,
      aide: `La CPAM peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `ASI is extra money on top of an invalidity pension.
It is for people with little money.`,
      qui: `You can get ASI if:
- you get an invalidity pension,
- you have little money,
- you are under retirement age.`,
      combien: `The amount depends on your income.
A person alone can have up to {montant:asi.plafond.personne_seule/12} a month, with other income.`,
      comment: `Fill in the ASI form.
Send it to your CPAM with your income for the last 3 months.`,
      aide: `The CPAM can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `ASI مال إضافي فوق معاش العجز.
هي للأشخاص الذين لديهم مال قليل.`,
      qui: `يمكنك الحصول على ASI إذا:
- كان لديك معاش العجز،
- كان لديك مال قليل،
- لم تصل بعد إلى سن التقاعد.`,
      combien: `المبلغ حسب دخلك.
يمكن أن يصل الشخص الوحيد إلى {montant:asi.plafond.personne_seule/12} كل شهر، مع دخله الآخر.`,
      comment: `املأ استمارة طلب ASI.
أرسلها إلى CPAM مع دخلك في الأشهر 3 الأخيرة.`,
      aide: `يمكن أن يساعدك CPAM.
يمكن أن يساعدك CCAS في بلديتك.`,
    },
  },
};

export default body;
