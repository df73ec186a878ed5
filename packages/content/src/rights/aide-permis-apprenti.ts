// Transport, justice and online procedures (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('aide_permis_apprenti'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aide_permis_apprenti',
  officialUrl: 'https://travail-emploi.gouv.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Cette aide est de l'argent pour passer le permis de conduire.
Elle est pour les apprentis.`,
      qui: `Vous pouvez avoir cette aide si :
- vous êtes en apprentissage,
- vous avez 18 ans ou plus,
- vous passez le permis B.`,
      combien: `Vous recevez {montant:aide_permis_apprenti.montant} une seule fois.`,
      comment: `Remplissez le formulaire de demande.
Donnez-le à votre centre de formation avec le devis de l'auto-école.`,
      aide: `Votre centre de formation peut vous aider.
La Mission locale peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `This help is money to take your driving test.
It is for apprentices.`,
      qui: `You can get this help if:
- you are an apprentice,
- you are 18 or older,
- you take the car driving test.`,
      combien: `You get {montant:aide_permis_apprenti.montant} only once.`,
      comment: `Fill in the form.
Give it to your training centre with the driving school quote.`,
      aide: `Your training centre can help you.
The Mission locale can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `هذه المساعدة مال لاجتياز رخصة السياقة.
هي للمتدربين في التمهين.`,
      qui: `يمكنك الحصول على هذه المساعدة إذا:
- كنت في التمهين،
- كان عمرك 18 سنة أو أكثر،
- كنت تجتاز رخصة السياقة B.`,
      combien: `تحصل على {montant:aide_permis_apprenti.montant} مرة واحدة فقط.`,
      comment: `املأ استمارة الطلب.
أعطها لمركز التكوين مع عرض السعر من مدرسة السياقة.`,
      aide: `يمكن أن يساعدك مركز التكوين.
يمكن أن تساعدك Mission locale.`,
    },
  },
};

export default body;
