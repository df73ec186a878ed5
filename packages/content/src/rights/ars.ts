// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('ars'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `ars.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F1878.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'ars',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F1878',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'ARS est de l'argent pour la rentrée des classes.
Elle aide à acheter les affaires d'école.
La CAF vous verse cet argent en août.`,
      qui: `Vous pouvez avoir l'ARS si :
- votre enfant a entre 6 ans et 18 ans,
- votre enfant va à l'école ou fait un apprentissage,
- vos revenus sont assez petits.`,
      combien: `Le montant dépend de l'âge de l'enfant.
Pour un enfant de 6 à 10 ans : {montant:ars.verse.6_10_ans}.
Pour un enfant de 11 à 14 ans : {montant:ars.verse.11_14_ans}.
Pour un enfant de 15 à 18 ans : {montant:ars.verse.15_18_ans}.`,
      comment: `Votre enfant a entre 6 ans et 15 ans ?
La CAF vous verse l'ARS toute seule.

Votre enfant a 16 ans ou plus ?
Dites à la CAF qu'il va encore à l'école.
Vous le faites sur le site caf.fr en été.`,
      aide: `La CAF peut vous aider.
Un lieu France Services peut vous aider sur internet.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `ARS is money for the start of the school year.
It helps you buy things for school.
The CAF pays you this money in August.`,
      qui: `You can get ARS if:
- your child is between 6 and 18 years old,
- your child goes to school or is an apprentice,
- your income is low enough.`,
      combien: `The amount depends on the age of the child.
For a child aged 6 to 10: {montant:ars.verse.6_10_ans}.
For a child aged 11 to 14: {montant:ars.verse.11_14_ans}.
For a child aged 15 to 18: {montant:ars.verse.15_18_ans}.`,
      comment: `Is your child between 6 and 15 years old?
The CAF pays ARS by itself.

Is your child 16 or older?
Tell the CAF that your child still goes to school.
Do it on the website caf.fr in the summer.`,
      aide: `The CAF can help you.
A France Services office can help you online.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `ARS مال للدخول المدرسي.
تساعد على شراء أدوات المدرسة.
تدفع لك CAF هذا المال في شهر أغسطس.`,
      qui: `يمكنك الحصول على ARS إذا:
- كان عمر طفلك بين 6 و 18 سنة،
- كان طفلك يذهب إلى المدرسة أو في التمهين،
- كان دخلك صغيراً بما يكفي.`,
      combien: `المبلغ حسب عمر الطفل.
لطفل من 6 إلى 10 سنوات: {montant:ars.verse.6_10_ans}.
لطفل من 11 إلى 14 سنة: {montant:ars.verse.11_14_ans}.
لطفل من 15 إلى 18 سنة: {montant:ars.verse.15_18_ans}.`,
      comment: `هل عمر طفلك بين 6 و 15 سنة؟
تدفع لك CAF منحة ARS وحدها.

هل عمر طفلك 16 سنة أو أكثر؟
أخبر CAF أنه ما زال يذهب إلى المدرسة.
تفعل ذلك على موقع caf.fr في الصيف.`,
      aide: `يمكن أن تساعدك CAF.
يمكن أن يساعدك مكتب France Services على الإنترنت.`,
    },
  },
};

export default body;
