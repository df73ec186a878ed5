// Disability and old age: AAH, AEEH, PCH, APA, carte mobilité inclusion. Facts from the service-public.fr
// pages in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('apa'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'apa',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F10009',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'APA aide les personnes âgées qui ont besoin d'aide pour vivre.
Elle paie une aide à la maison.
Elle peut aussi payer une partie du prix d'une maison de retraite.`,
      qui: `Vous pouvez avoir l'APA si :
- vous avez 60 ans ou plus,
- vous avez besoin d'aide pour les gestes de tous les jours.
Par exemple : se laver, s'habiller, manger.

C'est la perte d'autonomie.`,
      combien: `Le montant dépend de vos besoins.
Il dépend aussi de vos revenus.
Avec de petits revenus, vous payez peu.`,
      comment: `Demandez le formulaire à votre département.
Vous pouvez aussi le demander à la mairie.
Une personne vient chez vous pour voir vos besoins.
Elle fait un plan d'aide avec vous.`,
      aide: `Le CCAS de votre mairie peut vous aider.
Le département peut vous aider.
Un point d'information pour les personnes âgées peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `APA helps older people who need help to live.
It pays for help at home.
It can also pay part of the price of a care home.`,
      qui: `You can get APA if:
- you are 60 or older,
- you need help with everyday tasks.
For example: washing, getting dressed, eating.`,
      combien: `The amount depends on what you need.
It also depends on your income.
With a low income, you pay little.`,
      comment: `Ask your local council for the form.
You can also ask the town hall.
A person comes to your home to see what you need.
This person makes a help plan with you.`,
      aide: `The CCAS at your town hall can help you.
The local council can help you.
An advice centre for older people can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `APA تساعد كبار السن الذين يحتاجون إلى مساعدة للعيش.
تدفع ثمن مساعدة في البيت.
يمكن أن تدفع أيضاً جزءاً من ثمن دار المسنين.`,
      qui: `يمكنك الحصول على APA إذا:
- كان عمرك 60 سنة أو أكثر،
- كنت تحتاج إلى مساعدة في أعمال كل يوم.
مثلاً: الاغتسال، ارتداء الملابس، الأكل.

هذا هو فقدان الاستقلالية.`,
      combien: `المبلغ حسب احتياجاتك.
وهو حسب دخلك أيضاً.
إذا كان دخلك صغيراً، تدفع قليلاً.`,
      comment: `اطلب الاستمارة من المقاطعة.
يمكنك أيضاً أن تطلبها من البلدية.
يأتي شخص إلى بيتك ليرى احتياجاتك.
يضع معك خطة مساعدة.`,
      aide: `يمكن أن يساعدك CCAS في بلديتك.
يمكن أن تساعدك المقاطعة.
يمكن أن يساعدك أيضاً مكتب إعلام لكبار السن.`,
    },
  },
};

export default body;
