// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('conge_naissance'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'conge_naissance',
  officialUrl: 'https://www.ameli.fr/assure/droits-demarches/famille/maternite-paternite-adoption',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le congé de naissance est un nouveau congé pour les parents.
Il dure 1 ou 2 mois.
Il vient après le congé de maternité ou de paternité.`,
      qui: `Vous pouvez avoir ce congé si :
- votre enfant est né depuis le 1er janvier 2026,
- vous travaillez.

Chaque parent peut le prendre.
Les parents peuvent le prendre ensemble ou l'un après l'autre.`,
      combien: `Vous recevez une partie de votre salaire.
Le 1er mois, environ 70 % du salaire.
Le 2e mois, environ 60 % du salaire.`,
      comment: `Prévenez votre employeur à l'avance.
Votre employeur envoie une attestation à votre caisse.
La caisse vous verse l'argent.`,
      aide: `La CPAM peut vous aider.
La CAF peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Birth leave is a new leave for parents.
It lasts 1 or 2 months.
It comes after maternity or paternity leave.`,
      qui: `You can get this leave if:
- your child was born on or after 1 January 2026,
- you work.

Each parent can take it.
Parents can take it together or one after the other.`,
      combien: `You get part of your salary.
In the 1st month, about 70% of the salary.
In the 2nd month, about 60% of the salary.`,
      comment: `Tell your employer in advance.
Your employer sends a form to your health fund.
The health fund pays you.`,
      aide: `The CPAM can help you.
The CAF can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `إجازة الولادة هي إجازة جديدة للوالدين.
مدتها شهر أو شهران.
تأتي بعد إجازة الأمومة أو إجازة الأبوة.`,
      qui: `يمكنك الحصول على هذه الإجازة إذا:
- وُلد طفلك في 1 يناير 2026 أو بعده،
- كنت تعمل.

يمكن لكل والد أن يأخذها.
يمكن للوالدين أخذها معًا أو واحدًا بعد الآخر.`,
      combien: `تحصل على جزء من أجرك.
في الشهر الأول، حوالي 70 % من الأجر.
في الشهر الثاني، حوالي 60 % من الأجر.`,
      comment: `أخبر مشغّلك مسبقًا.
يرسل مشغّلك شهادة إلى صندوقك.
يدفع لك الصندوق المال.`,
      aide: `يمكن أن يساعدك CPAM.
يمكن أن يساعدك CAF.`,
    },
  },
};

export default body;
