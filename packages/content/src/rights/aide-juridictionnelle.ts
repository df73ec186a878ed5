// Access to transport, justice and online procedures. Facts from the official pages in officialUrl
// (checked 2026-11-24). Social transport fares are local: the text sends people to their own network.
// Loaded on demand by loadExplanation('aide_juridictionnelle'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aide_juridictionnelle',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F18074',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'aide juridictionnelle paie votre avocat et les frais de justice.
Elle paie tout ou une partie des frais.`,
      qui: `Vous pouvez avoir l'aide juridictionnelle si :
- vous avez un problème devant la justice,
- vos revenus sont assez petits.
L'État regarde votre revenu fiscal de référence.`,
      combien: `Avec de très petits revenus, l'État paie tout.
Avec des revenus un peu plus hauts, l'État paie une partie.`,
      comment: `Remplissez le formulaire de demande.
Vous pouvez aussi faire la demande sur internet.
Envoyez-la au tribunal de chez vous.
Vous pouvez choisir votre avocat.`,
      aide: `Un point-justice peut vous aider.
C'est gratuit.
Le CCAS de votre mairie peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Legal aid pays for your lawyer and court costs.
It pays all or part of the costs.`,
      qui: `You can get legal aid if:
- you have a problem that goes to court,
- your income is low enough.
The State looks at your tax reference income.`,
      combien: `With a very low income, the State pays everything.
With a slightly higher income, the State pays part.`,
      comment: `Fill in the form.
You can also ask online.
Send it to your local court.
You can choose your lawyer.`,
      aide: `A point-justice can help you.
It is free.
The CCAS at your town hall can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `المساعدة القضائية تدفع أجر محاميك ومصاريف القضاء.
تدفع كل المصاريف أو جزءاً منها.`,
      qui: `يمكنك الحصول على المساعدة القضائية إذا:
- كانت لديك مشكلة أمام القضاء،
- كان دخلك صغيراً بما يكفي.
تنظر الدولة إلى الدخل الضريبي المرجعي.`,
      combien: `إذا كان دخلك صغيراً جداً، تدفع الدولة كل شيء.
إذا كان دخلك أعلى قليلاً، تدفع الدولة جزءاً.`,
      comment: `املأ استمارة الطلب.
يمكنك أيضاً تقديم الطلب على الإنترنت.
أرسل الطلب إلى المحكمة القريبة منك.
يمكنك اختيار محاميك.`,
      aide: `يمكن أن يساعدك point-justice.
الخدمة مجانية.
يمكن أن يساعدك أيضاً CCAS في بلديتك.`,
    },
  },
};

export default body;
