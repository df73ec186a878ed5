// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('paje_base'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `paje_base.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F2552.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'paje_base',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F2552',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'allocation de base est de l'argent pour un bébé ou un jeune enfant.
Elle fait partie de la PAJE.
La CAF vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir l'allocation de base si :
- votre enfant a moins de 3 ans,
- vos revenus sont assez petits.

Vous adoptez un enfant ?
Vous pouvez aussi l'avoir.`,
      combien: `Vous recevez {montant:paje_base.verse.taux_plein} par mois.
Avec des revenus un peu plus hauts, vous recevez {montant:paje_base.verse.taux_partiel} par mois.
La CAF paie jusqu'aux 3 ans de l'enfant.`,
      comment: `Vous attendez un bébé ?
Dites-le à la CPAM et à la CAF.
Faites-le avant la fin du 3e mois de grossesse.

Après la naissance, dites à la CAF que le bébé est là.
Vous le faites sur le site caf.fr.`,
      aide: `La CAF peut vous aider.
La PMI de votre département peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The basic allowance is money for a baby or a young child.
It is part of the PAJE.
The CAF pays you this money every month.`,
      qui: `You can get the basic allowance if:
- your child is younger than 3,
- your income is low enough.

Are you adopting a child?
You can also get it.`,
      combien: `You get {montant:paje_base.verse.taux_plein} a month.
With a slightly higher income, you get {montant:paje_base.verse.taux_partiel} a month.
The CAF pays until the child turns 3.`,
      comment: `Tell the CPAM and the CAF that you are expecting a baby.
Do it before the end of the 3rd month of pregnancy.

After the birth, tell the CAF that your baby is born.
Do it on the website caf.fr.`,
      aide: `The CAF can help you.
The PMI in your area can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `المنحة الأساسية هي مال لرضيع أو لطفل صغير.
هي جزء من PAJE.
يدفع لك CAF هذا المال كل شهر.`,
      qui: `يمكنك الحصول على المنحة الأساسية إذا:
- كان عمر طفلك أقل من 3 سنوات،
- كانت مداخيلك صغيرة بما يكفي.

هل تتبنّى طفلًا؟
يمكنك أيضًا الحصول عليها.`,
      combien: `تحصل على {montant:paje_base.verse.taux_plein} في الشهر.
مع مداخيل أعلى قليلًا، تحصل على {montant:paje_base.verse.taux_partiel} في الشهر.
يدفع CAF حتى يبلغ الطفل 3 سنوات.`,
      comment: `هل تنتظر مولودًا؟
أخبر بذلك CPAM و CAF.
افعل ذلك قبل نهاية الشهر الثالث من الحمل.

بعد الولادة، أخبر CAF أن المولود وصل.
تفعل ذلك على موقع caf.fr.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أيضًا أن تساعدك PMI في المقاطعة التي تسكن فيها.`,
    },
  },
};

export default body;
