// Money to live on: RSA, prime d'activité, ASS, ASPA, chèque énergie. Facts from the service-public.fr
// pages linked in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('ppa'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'ppa',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F2882',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La prime d'activité est de l'argent en plus de votre salaire.
Elle aide les personnes qui travaillent et gagnent peu.
La CAF vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir la prime d'activité si :
- vous avez {nombre:ppa.age_minimum} ans ou plus,
- vous habitez en France,
- vous travaillez et gagnez peu.

Les apprentis et les étudiants qui travaillent peuvent aussi l'avoir.
Ils doivent gagner assez chaque mois.`,
      combien: `Le montant dépend de votre salaire.
Il dépend aussi de votre famille.
Faites le calcul sur le site de la CAF : caf.fr.`,
      comment: `Faites la demande sur le site de la CAF : caf.fr.
Vous travaillez dans l'agriculture ?
Faites la demande à la MSA.

Tous les 3 mois, vous dites vos revenus à la CAF.
La CAF calcule alors votre prime.`,
      aide: `La CAF peut vous aider.
Un lieu France Services peut vous aider sur internet.
Le CCAS de votre mairie peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Prime d'activité is extra money on top of your pay.
It helps people who work and earn little.
The CAF pays you this money every month.`,
      qui: `You can get it if:
- you are {nombre:ppa.age_minimum} or older,
- you live in France,
- you work and earn little.

Apprentices and students who work can also get it.
They must earn enough each month.`,
      combien: `The amount depends on your pay.
It also depends on your family.
Work out the amount on the CAF website: caf.fr.`,
      comment: `Ask for it on the CAF website: caf.fr.
Do you work in farming?
Ask the MSA.

Every 3 months, you tell the CAF about your income.
Then the CAF works out your payment.`,
      aide: `The CAF can help you.
A France Services office can help you online.
The CCAS at your town hall can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة النشاط هي مال إضافي فوق أجرك.
هي تساعد الأشخاص الذين يعملون ويكسبون قليلًا.
يدفع لك CAF هذا المال كل شهر.`,
      qui: `يمكنك الحصول على منحة النشاط إذا:
- كان عمرك {nombre:ppa.age_minimum} سنة أو أكثر،
- كنت تسكن في فرنسا،
- كنت تعمل وتكسب قليلًا.

يمكن أيضًا لكل متدرب مهني ولكل طالب يعمل الحصول عليها.
يجب أن يكسب ما يكفي كل شهر.`,
      combien: `يعتمد المبلغ على أجرك.
يعتمد أيضًا على أسرتك.
احسب المبلغ على موقع CAF: caf.fr.`,
      comment: `قدّم الطلب على موقع CAF: caf.fr.
هل تعمل في الزراعة؟
قدّم الطلب إلى MSA.

كل 3 أشهر، تصرّح بمداخيلك إلى CAF.
بعد ذلك يحسب CAF منحتك.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن يساعدك مكتب France Services في استعمال الإنترنت.
يمكن أيضًا أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
