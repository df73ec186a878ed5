// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('cmg'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'cmg',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F345',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le CMG est de l'argent pour faire garder votre enfant.
Par exemple : par une assistante maternelle.
Par exemple : par une personne qui vient chez vous.`,
      qui: `Vous pouvez avoir le CMG si :
- votre enfant a moins de 6 ans,
- vous travaillez.

Les étudiants peuvent aussi l'avoir.
Les personnes qui ont l'AAH ou le RSA aussi, dans certains cas.`,
      combien: `Le montant change chaque mois.
Il dépend des heures de garde et du prix de la garde.
Il dépend aussi de vos revenus et du nombre d'enfants.
Depuis septembre 2025, il se calcule comme pour une crèche.`,
      comment: `Faites la demande sur le site de la CAF.
Chaque mois, déclarez les heures de garde sur le site Pajemploi.
La CAF calcule alors le CMG.`,
      aide: `La CAF peut vous aider.
La PMI peut vous aider.
Le site monenfant.fr donne des informations.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The CMG is money to pay someone to look after your child.
For example: a registered childminder.
For example: a person who comes to your home.`,
      qui: `You can get the CMG if:
- your child is under 6,
- you work.

Students can also get it.
People who get AAH or RSA can get it in some cases.`,
      combien: `The amount changes every month.
It depends on the hours and the price of childcare.
It also depends on your income and number of children.
Since September 2025, it is worked out like for a nursery.`,
      comment: `Apply on the CAF website.
Every month, declare the hours on the Pajemploi website.
The CAF then works out the CMG.`,
      aide: `The CAF can help you.
The PMI can help you.
The website monenfant.fr gives information.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `CMG هو مال لحضانة طفلك.
مثلًا: عند مربّية أطفال معتمدة.
مثلًا: عند شخص يأتي إلى بيتك.`,
      qui: `يمكنك الحصول على CMG إذا:
- كان عمر طفلك أقل من 6 سنوات،
- كنت تعمل.

يمكن للطلاب أيضًا الحصول عليه.
والأشخاص الذين لديهم AAH أو RSA أيضًا، في بعض الحالات.`,
      combien: `يتغيّر المبلغ كل شهر.
يعتمد على ساعات الحضانة وعلى سعر الحضانة.
يعتمد أيضًا على مداخيلك وعلى عدد الأطفال.
منذ سبتمبر 2025، يُحسب كما في دار الحضانة.`,
      comment: `قدّم الطلب على موقع CAF.
كل شهر، صرّح بساعات الحضانة على موقع Pajemploi.
بعد ذلك يحسب CAF مبلغ CMG.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن تساعدك PMI.
موقع monenfant.fr يعطي معلومات.`,
    },
  },
};

export default body;
