// Disability and old age: AAH, AEEH, PCH, APA, carte mobilité inclusion. Facts from the service-public.fr
// pages in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('aeeh'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aeeh',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F14809',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'AEEH est de l'argent pour un enfant qui a un handicap.
Elle aide à payer ses soins et son éducation.
La CAF vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir l'AEEH si :
- votre enfant a moins de 20 ans,
- la MDPH dit que son handicap est important.
Vos revenus comptent pour 0 euro.`,
      combien: `Le montant dépend des besoins de votre enfant.
Il y a un montant de base.
Vous pouvez recevoir plus pour des frais en plus.
Vous pouvez aussi recevoir plus si vous travaillez moins pour votre enfant.`,
      comment: `Remplissez le formulaire de demande de la MDPH.
Demandez au médecin de votre enfant de remplir le certificat médical.
Envoyez tout à la MDPH de votre département.
La MDPH décide.
Ensuite, la CAF vous paie.`,
      aide: `La MDPH peut vous aider.
L'école de votre enfant peut vous aider.
Une association de familles peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `AEEH is money for a child with a disability.
It helps you pay for care and education.
The CAF pays you this money every month.`,
      qui: `You can get AEEH if:
- your child is younger than 20,
- the MDPH says that the disability is serious.
Your income counts as 0 euros.`,
      combien: `The amount depends on what your child needs.
There is a basic amount.
You can get more for extra costs.
You can also get more if you work less to care for your child.`,
      comment: `Fill in the MDPH form.
Ask your child's doctor to fill in the medical form.
Send everything to the MDPH in your area.
The MDPH decides.
Then the CAF pays you.`,
      aide: `The MDPH can help you.
Your child's school can help you.
A group for families can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `AEEH مال لطفل لديه إعاقة.
تساعد على دفع علاجه وتربيته.
تدفع لك CAF هذا المال كل شهر.`,
      qui: `يمكنك الحصول على AEEH إذا:
- كان عمر طفلك أقل من 20 سنة،
- قالت MDPH إن إعاقته كبيرة.
دخلك لا يُحسب.`,
      combien: `المبلغ حسب احتياجات طفلك.
هناك مبلغ أساسي.
يمكنك الحصول على مبلغ أكبر لمصاريف إضافية.
يمكنك أيضاً الحصول على مبلغ أكبر إذا كنت تعمل أقل من أجل طفلك.`,
      comment: `املأ استمارة الطلب من MDPH.
اطلب من طبيب طفلك أن يملأ الشهادة الطبية.
أرسل كل شيء إلى MDPH في مقاطعتك.
تقرر MDPH.
بعد ذلك، تدفع لك CAF.`,
      aide: `يمكن أن تساعدك MDPH.
يمكن أن تساعدك مدرسة طفلك.
يمكن أن تساعدك أيضاً جمعية للعائلات.`,
    },
  },
};

export default body;
