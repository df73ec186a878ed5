// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('af'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `af.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F13213.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'af',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F13213',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Les allocations familiales sont de l'argent pour les familles.
Elles aident à élever vos enfants.
La CAF vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir les allocations familiales si :
- vous avez au moins 2 enfants,
- vos enfants ont moins de {nombre:af.age_limite} ans,
- vous habitez en France avec vos enfants.`,
      combien: `Pour 2 enfants, vous recevez jusqu'à {montant:af.verse.deux_enfants} par mois.
Chaque enfant en plus donne jusqu'à {montant:af.verse.enfant_supplementaire} de plus.
Le montant est plus petit si vos revenus sont plus hauts.`,
      comment: `Vous recevez déjà une aide de la CAF ?
Dites à la CAF que vous avez un nouvel enfant.
La CAF paie alors les allocations familiales.

C'est votre première demande à la CAF ?
Faites la demande sur le site caf.fr.`,
      aide: `La CAF peut vous aider.
Un lieu France Services peut vous aider sur internet.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Family allowance is money for families.
It helps you bring up your children.
The CAF pays you this money every month.`,
      qui: `You can get family allowance if:
- you have at least 2 children,
- your children are younger than {nombre:af.age_limite},
- you live in France with your children.`,
      combien: `For 2 children, you get up to {montant:af.verse.deux_enfants} a month.
Each extra child gives up to {montant:af.verse.enfant_supplementaire} more.
You get less if your income is higher.`,
      comment: `Do you already get money from the CAF?
Tell the CAF about your new child.
Then the CAF pays family allowance.

Is this your first time with the CAF?
Ask on the website caf.fr.`,
      aide: `The CAF can help you.
A France Services office can help you online.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `المنح العائلية مال للعائلات.
تساعد على تربية أطفالك.
تدفع لك CAF هذا المال كل شهر.`,
      qui: `يمكنك الحصول على المنح العائلية إذا:
- كان لديك طفلان على الأقل،
- كان عمر أطفالك أقل من {nombre:af.age_limite} سنة،
- كنت تسكن في فرنسا مع أطفالك.`,
      combien: `لطفلين، تحصل على {montant:af.verse.deux_enfants} كل شهر على الأكثر.
كل طفل إضافي يعطي {montant:af.verse.enfant_supplementaire} إضافية على الأكثر.
يكون المبلغ أصغر إذا كان دخلك أعلى.`,
      comment: `هل تحصل من قبل على مساعدة من CAF؟
أخبر CAF أن لديك طفلاً جديداً.
عندها تدفع CAF المنح العائلية.

هل هذا أول طلب لك عند CAF؟
قدّم الطلب على موقع caf.fr.`,
      aide: `يمكن أن تساعدك CAF.
يمكن أن يساعدك مكتب France Services على الإنترنت.`,
    },
  },
};

export default body;
