// Money to live on: RSA, prime d'activité, ASS, ASPA, chèque énergie. Facts from the service-public.fr
// pages linked in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('ass'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'ass',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F12484',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'ASS est de l'argent pour les personnes qui cherchent un travail.
Elle arrive après la fin de vos droits au chômage.
France Travail vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir l'ASS si :
- vous êtes inscrit à France Travail,
- vous avez fini vos droits au chômage,
- vous avez travaillé 5 ans pendant les 10 dernières années,
- vous avez peu de revenus.`,
      combien: `Vous recevez {montant:ass.montant_journalier} par jour.
Cela fait environ {montant:ass.montant_journalier*30} pour un mois de 30 jours.
Le montant baisse si vous avez d'autres revenus.`,
      comment: `À la fin de vos droits au chômage, France Travail vous écrit.
Vous recevez alors le formulaire de demande.
Remplissez-le et renvoyez-le à France Travail.`,
      aide: `Votre conseiller France Travail peut vous aider.
Un lieu France Services peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `ASS is money for people out of work.
It comes when your unemployment pay ends.
France Travail pays you this money every month.`,
      qui: `You can get ASS if:
- you have signed up with France Travail,
- your unemployment pay has ended,
- you worked 5 years in the last 10 years,
- you have a low income.`,
      combien: `You get {montant:ass.montant_journalier} a day.
This is about {montant:ass.montant_journalier*30} for a 30-day month.
You get less if you have other income.`,
      comment: `When your unemployment pay ends, France Travail writes to you.
You get the form to ask for ASS.
Fill it in and send it back to France Travail.`,
      aide: `Your adviser at France Travail can help you.
A France Services office can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `ASS مال للأشخاص الذين يبحثون عن عمل.
تأتي بعد نهاية حقك في تعويض البطالة.
يدفع لك France Travail هذا المال كل شهر.`,
      qui: `يمكنك الحصول على ASS إذا:
- كنت مسجلاً في France Travail،
- انتهى حقك في تعويض البطالة،
- عملت 5 سنوات خلال السنوات 10 الأخيرة،
- كان دخلك قليلاً.`,
      combien: `تحصل على {montant:ass.montant_journalier} في اليوم.
هذا يعطي تقريباً {montant:ass.montant_journalier*30} لشهر من 30 يوماً.
ينقص المبلغ إذا كان لديك دخل آخر.`,
      comment: `في نهاية حقك في تعويض البطالة، يكتب لك France Travail.
عندها تصلك استمارة الطلب.
املأها وأرسلها إلى France Travail.`,
      aide: `يمكن أن يساعدك مستشارك في France Travail.
يمكن أن يساعدك أيضاً مكتب France Services.`,
    },
  },
};

export default body;
