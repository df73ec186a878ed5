// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24). Family amounts
// are the BMAF times the legal rate, as service-public.fr shows them.
// Loaded on demand by loadExplanation('pass_sport'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'pass_sport',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F35527',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le Pass'Sport est de l'argent pour faire du sport dans un club.
Il paie une partie de l'inscription au club.`,
      qui: `Vous pouvez avoir le Pass'Sport si :
- le jeune a entre {nombre:pass_sport.age_min_ars} ans et 17 ans,
- votre famille reçoit l'allocation de rentrée scolaire.

Les jeunes qui reçoivent l'AAH ou l'AEEH peuvent aussi l'avoir.
Cela dépend de leur âge.`,
      combien: `Le Pass'Sport donne {montant:pass_sport.montant} par jeune.`,
      comment: `Vous recevez un code par mail à la fin de l'été.
Donnez ce code au club quand vous inscrivez le jeune.
Le club enlève alors {montant:pass_sport.montant} du prix.`,
      aide: `Le club de sport peut vous aider.
La mairie peut vous donner la liste des clubs.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Pass'Sport is money to do sport in a club.
It pays part of the club fee.`,
      qui: `You can get Pass'Sport if:
- the young person is between {nombre:pass_sport.age_min_ars} and 17 years old,
- your family gets the back-to-school allowance.

Young people who get AAH or AEEH can also get it.
It depends on their age.`,
      combien: `Pass'Sport gives {montant:pass_sport.montant} for each young person.`,
      comment: `You get a code by email at the end of the summer.
Give this code to the club when you sign up.
Then the club takes {montant:pass_sport.montant} off the price.`,
      aide: `The sports club can help you.
The town hall can give you the list of clubs.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `Pass'Sport هو مال لممارسة الرياضة في نادٍ.
هو يدفع جزءًا من التسجيل في النادي.`,
      qui: `يمكنك الحصول على Pass'Sport إذا:
- كان عمر الشاب بين {nombre:pass_sport.age_min_ars} و17 سنة،
- كانت أسرتك تحصل على منحة الدخول المدرسي.

يمكن أيضًا للشباب الذين يحصلون على AAH أو AEEH الحصول عليه.
هذا يعتمد على عمرهم.`,
      combien: `يعطي Pass'Sport {montant:pass_sport.montant} لكل شاب.`,
      comment: `يصلك رمز بالبريد الإلكتروني في نهاية الصيف.
أعطِ هذا الرمز للنادي عندما تسجّل الشاب.
بعد ذلك يخصم النادي {montant:pass_sport.montant} من السعر.`,
      aide: `يمكن أن يساعدك نادي الرياضة.
يمكن أن تعطيك البلدية قائمة النوادي.`,
    },
  },
};

export default body;
