// Work and young people: CEJ, registering with France Travail, Mission locale. Facts from the official
// pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('cej'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'cej',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F32700',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le CEJ aide les jeunes à trouver un travail.
Un conseiller vous suit pendant 6 mois à 1 an.
Vous faites des activités 15 à 20 heures par semaine.
Par exemple : des stages, des formations, des ateliers.`,
      qui: `Vous pouvez avoir le CEJ si :
- vous avez entre 16 ans et 25 ans,
- vous cherchez un travail stable ou une formation.

Vous avez un handicap reconnu ?
Vous pouvez l'avoir jusqu'à 29 ans.`,
      combien: `Vous pouvez recevoir de l'argent chaque mois.
Le montant dépend de votre âge et de vos revenus.
Il faut venir aux activités pour le recevoir.`,
      comment: `Allez à la Mission locale de chez vous.
Vous pouvez aussi aller à France Travail.
Vous signez le contrat avec votre conseiller.`,
      aide: `La Mission locale peut vous aider.
France Travail peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The CEJ helps young people find a job.
An adviser supports you for 6 months to 1 year.
You do activities 15 to 20 hours a week.
For example: work placements, training, workshops.`,
      qui: `You can get the CEJ if:
- you are between 16 and 25 years old,
- you are looking for a steady job or training.

Do you have a recognised disability?
You can get it up to the age of 29.`,
      combien: `You can get money every month.
The amount depends on your age and your income.
You must go to the activities to get it.`,
      comment: `Go to your local Mission locale.
You can also go to France Travail.
You sign the contract with your adviser.`,
      aide: `The Mission locale can help you.
France Travail can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `CEJ يساعد الشباب على إيجاد عمل.
يرافقك مستشار مدة 6 أشهر إلى سنة.
تقوم بأنشطة من 15 إلى 20 ساعة في الأسبوع.
مثلًا: تدريب في شركة، تكوين، ورشات.`,
      qui: `يمكنك الحصول على CEJ إذا:
- كان عمرك بين 16 و25 سنة،
- كنت تبحث عن عمل مستقر أو عن تكوين.

هل لديك إعاقة معترف بها؟
يمكنك الحصول عليه حتى عمر 29 سنة.`,
      combien: `يمكنك الحصول على مال كل شهر.
يعتمد المبلغ على عمرك وعلى مداخيلك.
يجب أن تحضر الأنشطة لتحصل عليه.`,
      comment: `اذهب إلى Mission locale القريبة منك.
يمكنك أيضًا الذهاب إلى France Travail.
توقّع العقد مع مستشارك.`,
      aide: `يمكن أن تساعدك Mission locale.
يمكن أن يساعدك France Travail.`,
    },
  },
};

export default body;
