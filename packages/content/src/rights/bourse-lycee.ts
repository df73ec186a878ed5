// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('bourse_lycee'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `bourse_lycee.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF of 1 January of the rentrée year × legal rate, rounded to a multiple
// of 3 €, as on the scale of the Ministry of Education and service-public.fr F616.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'bourse_lycee',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F616',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La bourse de lycée est de l'argent pour les élèves du lycée.
Elle aide les familles qui ont de petits revenus.`,
      qui: `Vous pouvez avoir la bourse si :
- votre enfant va au lycée,
- vos revenus sont assez petits.
Le nombre d'enfants compte aussi.`,
      combien: `Il y a 6 niveaux de bourse.
Le montant va de {montant:bourse_lycee.verse.echelon_1} à {montant:bourse_lycee.verse.echelon_6} par an.
Le lycée paie la bourse en 3 fois dans l'année.`,
      comment: `Faites la demande au printemps, pour l'année suivante.
Vous pouvez aussi la faire à la rentrée.
Faites-la sur internet avec Scolarité services.
Vous pouvez aussi donner un formulaire papier au lycée.`,
      aide: `Le secrétariat du lycée peut vous aider.
L'assistante sociale du lycée peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The high school grant is money for pupils at lycée.
It helps families with a low income.`,
      qui: `You can get the grant if:
- your child goes to lycée,
- your income is low enough.
The number of children also counts.`,
      combien: `There are 6 levels of grant.
The amount is from {montant:bourse_lycee.verse.echelon_1} to {montant:bourse_lycee.verse.echelon_6} a year.
The school pays the grant in 3 parts during the year.`,
      comment: `Ask in the spring, for the next school year.
You can also ask at the start of the school year.
Ask online with Scolarité services.
You can also give a paper form to the school.`,
      aide: `The school office can help you.
The school social worker can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة الثانوية هي مال لتلاميذ الثانوية.
هي تساعد الأسر ذات المداخيل الصغيرة.`,
      qui: `يمكنك الحصول على المنحة إذا:
- كان طفلك يذهب إلى الثانوية،
- كانت مداخيلك صغيرة بما يكفي.
عدد الأطفال مهمّ أيضًا.`,
      combien: `هناك 6 مستويات للمنحة.
المبلغ من {montant:bourse_lycee.verse.echelon_1} إلى {montant:bourse_lycee.verse.echelon_6} في السنة.
تدفع الثانوية المنحة على 3 دفعات في السنة.`,
      comment: `قدّم الطلب في الربيع، للسنة القادمة.
يمكنك أيضًا تقديمه عند الدخول المدرسي.
قدّمه عبر الإنترنت في Scolarité services.
يمكنك أيضًا تسليم استمارة ورقية إلى الثانوية.`,
      aide: `يمكن أن تساعدك سكرتارية الثانوية.
يمكن أن تساعدك أيضًا الأخصائية الاجتماعية في الثانوية.`,
    },
  },
};

export default body;
