// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('bourse_college'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `bourse_college.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF of 1 January of the rentrée year × legal rate, rounded to a multiple
// of 3 €, as on the scale of the Ministry of Education and service-public.fr F984.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'bourse_college',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F984',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La bourse de collège est de l'argent pour les élèves du collège.
Elle aide les familles qui ont de petits revenus.`,
      qui: `Vous pouvez avoir la bourse si :
- votre enfant va au collège,
- vos revenus sont assez petits.
Le nombre d'enfants compte aussi.`,
      combien: `Il y a 3 niveaux de bourse.
Le montant va de {montant:bourse_college.verse.echelon_1} à {montant:bourse_college.verse.echelon_3} par an.
Le collège paie la bourse en 3 fois dans l'année.`,
      comment: `Faites la demande à la rentrée, en septembre.
Vous pouvez la faire sur internet avec Scolarité services.
Vous pouvez aussi donner un formulaire papier au collège.`,
      aide: `Le secrétariat du collège peut vous aider.
L'assistante sociale du collège peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The school grant is money for pupils at collège.
It helps families with a low income.`,
      qui: `You can get the grant if:
- your child goes to collège,
- your income is low enough.
The number of children also counts.`,
      combien: `There are 3 levels of grant.
The amount is from {montant:bourse_college.verse.echelon_1} to {montant:bourse_college.verse.echelon_3} a year.
The school pays the grant in 3 parts during the year.`,
      comment: `Ask for the grant at the start of the school year, in September.
You can ask online with Scolarité services.
You can also give a paper form to the school.`,
      aide: `The school office can help you.
The school social worker can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة الإعدادية هي مال لتلاميذ الإعدادية.
هي تساعد الأسر ذات المداخيل الصغيرة.`,
      qui: `يمكنك الحصول على المنحة إذا:
- كان طفلك يذهب إلى الإعدادية،
- كانت مداخيلك صغيرة بما يكفي.
عدد الأطفال مهمّ أيضًا.`,
      combien: `هناك 3 مستويات للمنحة.
المبلغ من {montant:bourse_college.verse.echelon_1} إلى {montant:bourse_college.verse.echelon_3} في السنة.
تدفع الإعدادية المنحة على 3 دفعات في السنة.`,
      comment: `قدّم الطلب عند الدخول المدرسي، في سبتمبر.
يمكنك تقديمه عبر الإنترنت في Scolarité services.
يمكنك أيضًا تسليم استمارة ورقية إلى الإعدادية.`,
      aide: `يمكن أن تساعدك سكرتارية الإعدادية.
يمكن أن تساعدك أيضًا الأخصائية الاجتماعية في الإعدادية.`,
    },
  },
};

export default body;
