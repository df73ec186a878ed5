// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('tarif_social_cantine'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'tarif_social_cantine',
  officialUrl: 'https://www.education.gouv.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le tarif social de la cantine est un prix plus bas pour le repas.
Il est pour les familles qui ont peu d'argent.`,
      qui: `Votre enfant va à l'école maternelle ou élémentaire ?
Vous pouvez demander ce tarif.
Chaque mairie a ses règles.`,
      combien: `Le prix dépend de vos revenus.
Dans certaines communes, le repas coûte 1 euro.`,
      comment: `Demandez à la mairie le calcul de votre tarif.
Donnez votre attestation de la CAF.`,
      aide: `La mairie peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The school meal social rate is a lower price for lunch.
It is for families with little money.`,
      qui: `Does your child go to nursery or primary school?
You can ask for this rate.
Each town hall has its own rules.`,
      combien: `The price depends on your income.
In some towns, a meal costs 1 euro.`,
      comment: `Ask the town hall to work out your rate.
Give your CAF certificate.`,
      aide: `The town hall can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `التعريفة الاجتماعية للمطعم المدرسي هي سعر أقل للوجبة.
هي للأسر التي لديها مال قليل.`,
      qui: `هل يذهب طفلك إلى روضة الأطفال أو إلى المدرسة الابتدائية؟
يمكنك طلب هذه التعريفة.
لكل بلدية قواعدها.`,
      combien: `يعتمد السعر على مداخيلك.
في بعض البلديات، تكلّف الوجبة 1 يورو.`,
      comment: `اطلب من البلدية أن تحسب تعريفتك.
أعطِ شهادة CAF الخاصة بك.`,
      aide: `يمكن أن تساعدك البلدية.
يمكن أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
