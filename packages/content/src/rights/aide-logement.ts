// Housing: aides au logement, FSL, demande de logement social. Facts from the service-public.fr pages in
// officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('aide_logement'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aide_logement',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F12006',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Les aides au logement vous aident à payer votre loyer.
Il y a 3 aides : l'APL, l'ALF et l'ALS.
La CAF choisit la bonne aide pour vous.
Elle verse l'argent chaque mois.`,
      qui: `Vous pouvez avoir une aide au logement si :
- vous louez un logement,
- vous habitez dans ce logement au moins 8 mois par an,
- vos revenus sont assez petits.

Les étudiants peuvent aussi l'avoir.
Les personnes en foyer aussi.`,
      combien: `Le montant dépend de votre loyer.
Il dépend aussi de vos revenus, de votre famille et de votre ville.
Faites le calcul sur le site caf.fr.`,
      comment: `Faites la demande sur le site caf.fr.
Faites-la dès votre entrée dans le logement.
La CAF paie à partir du mois suivant.
Votre propriétaire donne aussi des informations à la CAF.`,
      aide: `La CAF peut vous aider.
Le CCAS de votre mairie peut vous aider.
L'ADIL de votre département répond à vos questions sur le logement.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Housing benefit helps you pay your rent.
There are 3 kinds: APL, ALF and ALS.
The CAF chooses the right one for you.
It pays the money every month.`,
      qui: `You can get housing benefit if:
- you rent a home,
- you live in this home at least 8 months a year,
- your income is low enough.

Students can also get it.
People who live in a hostel can get it too.`,
      combien: `The amount depends on your rent.
It also depends on your income, your family and your town.
Work out the amount on the website caf.fr.`,
      comment: `Ask for it on the website caf.fr.
Ask as soon as you move in.
The CAF pays from the next month.
Your landlord also gives some details to the CAF.`,
      aide: `The CAF can help you.
The CCAS at your town hall can help you.
The ADIL in your area answers your questions about housing.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `مساعدات السكن تساعدك على دفع الإيجار.
هناك 3 مساعدات: APL و ALF و ALS.
تختار CAF المساعدة المناسبة لك.
تدفع المال كل شهر.`,
      qui: `يمكنك الحصول على مساعدة للسكن إذا:
- كنت تستأجر مسكناً،
- كنت تسكن في هذا المسكن 8 أشهر على الأقل في السنة،
- كان دخلك صغيراً بما يكفي.

يمكن أن يحصل عليها الطلاب أيضاً.
والأشخاص الذين يسكنون في مسكن جماعي أيضاً.`,
      combien: `المبلغ حسب إيجارك.
وهو حسب دخلك وعائلتك ومدينتك أيضاً.
احسب المبلغ على موقع caf.fr.`,
      comment: `قدّم الطلب على موقع caf.fr.
قدّمه عند دخولك المسكن.
تدفع CAF ابتداءً من الشهر التالي.
صاحب المسكن يعطي أيضاً معلومات إلى CAF.`,
      aide: `يمكن أن تساعدك CAF.
يمكن أن يساعدك CCAS في بلديتك.
تجيب ADIL في مقاطعتك عن أسئلتك حول السكن.`,
    },
  },
};

export default body;
