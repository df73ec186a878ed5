// Money to live on (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('prime_noel'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'prime_noel',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F19778',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La prime de Noël est de l'argent versé une fois par an.
Vous la recevez en décembre.`,
      qui: `Vous pouvez avoir la prime de Noël si vous avez :
- le RSA,
- ou l'ASS,
- ou l'AER.

Il faut avoir cette aide en novembre ou en décembre.`,
      combien: `Une personne seule reçoit {montant:prime_noel.montant_base}.
Le montant est plus grand pour un couple ou avec des enfants.
C'est une fois par an, pas chaque mois.`,
      comment: `Vous n'avez rien à faire.
La CAF, la MSA ou France Travail vous la verse mi-décembre.
Elle n'est pas arrivée fin décembre ? Appelez votre caisse.`,
      aide: `La CAF peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The Christmas bonus is money paid once a year.
You get it in December.`,
      qui: `You can get the Christmas bonus if you get:
- RSA,
- or ASS,
- or AER.

You must get this help in November or December.`,
      combien: `A person alone gets {montant:prime_noel.montant_base}.
The amount is higher for a couple or with children.
It is once a year, not every month.`,
      comment: `You have nothing to do.
The CAF, the MSA or France Travail pays it in mid-December.
It has not arrived by the end of December? Call your fund.`,
      aide: `The CAF can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة عيد الميلاد هي مال يُدفع مرة واحدة في السنة.
تحصل عليها في ديسمبر.`,
      qui: `يمكنك الحصول على منحة عيد الميلاد إذا كنت تحصل على:
- RSA،
- أو ASS،
- أو AER.

يجب أن تحصل على هذه المساعدة في نوفمبر أو في ديسمبر.`,
      combien: `الشخص الذي يعيش وحده يحصل على {montant:prime_noel.montant_base}.
المبلغ أكبر للزوجين أو مع أطفال.
هي مرة واحدة في السنة، وليست كل شهر.`,
      comment: `ليس عليك فعل أي شيء.
يدفعها لك CAF أو MSA أو France Travail في منتصف ديسمبر.
لم تصل في نهاية ديسمبر؟ اتصل بصندوقك.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
