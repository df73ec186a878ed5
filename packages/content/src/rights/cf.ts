// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('cf'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `cf.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F13214.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'cf',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F13214',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le complément familial est de l'argent pour les grandes familles.
La CAF vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir le complément familial si :
- vous avez au moins 3 enfants,
- ces enfants ont entre 3 ans et 21 ans,
- vos revenus sont assez petits.`,
      combien: `Vous recevez {montant:cf.verse.base} par mois.
Avec de très petits revenus, vous recevez {montant:cf.verse.majore} par mois.`,
      comment: `Vous recevez déjà une aide de la CAF ?
La CAF regarde elle-même si vous avez droit à cette aide.

Votre situation change ?
Dites-le à la CAF sur le site caf.fr.`,
      aide: `La CAF peut vous aider.
Un lieu France Services peut vous aider sur internet.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The family supplement is money for large families.
The CAF pays you this money every month.`,
      qui: `You can get the family supplement if:
- you have at least 3 children,
- these children are between 3 and 21 years old,
- your income is low enough.`,
      combien: `You get {montant:cf.verse.base} a month.
With a very low income, you get {montant:cf.verse.majore} a month.`,
      comment: `Do you already get money from the CAF?
The CAF checks by itself if you can get this money.

Has your situation changed?
Tell the CAF on the website caf.fr.`,
      aide: `The CAF can help you.
A France Services office can help you online.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `المكمّل العائلي هو مال للأسر الكبيرة.
يدفع لك CAF هذا المال كل شهر.`,
      qui: `يمكنك الحصول على المكمّل العائلي إذا:
- كان لديك 3 أطفال على الأقل،
- كان عمر هؤلاء الأطفال بين 3 و21 سنة،
- كانت مداخيلك صغيرة بما يكفي.`,
      combien: `تحصل على {montant:cf.verse.base} في الشهر.
مع مداخيل صغيرة جدًا، تحصل على {montant:cf.verse.majore} في الشهر.`,
      comment: `هل تحصل حاليًا على مساعدة من CAF؟
يتحقّق CAF بنفسه إن كان لك الحق في هذه المساعدة.

هل تغيّرت وضعيتك؟
أخبر CAF بذلك على موقع caf.fr.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن يساعدك مكتب France Services في استعمال الإنترنت.`,
    },
  },
};

export default body;
