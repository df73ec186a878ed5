// Disability and old age (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('mva'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'mva',
  officialUrl: 'https://www.caf.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La MVA est de l'argent en plus de l'AAH.
Elle aide à vivre dans son propre logement.`,
      qui: `Vous pouvez avoir la MVA si :
- vous avez l'AAH,
- votre taux d'incapacité est de 80 % ou plus,
- vous avez une aide au logement,
- vous ne travaillez pas.`,
      combien: `Vous recevez {montant:mva.montant} par mois.`,
      comment: `La CAF la verse en général sans demande.
Vous ne la recevez pas ? Demandez-la à la CAF.`,
      aide: `La CAF peut vous aider.
La MDPH peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `MVA is extra money on top of AAH.
It helps you live in your own home.`,
      qui: `You can get MVA if:
- you get AAH,
- your disability rate is 80% or more,
- you get housing benefit,
- you do not work.`,
      combien: `You get {montant:mva.montant} a month.`,
      comment: `The CAF usually pays it without a request.
You do not get it? Ask the CAF.`,
      aide: `The CAF can help you.
The MDPH can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `MVA هي مال إضافي فوق AAH.
هي تساعد على العيش في سكنك الخاص.`,
      qui: `يمكنك الحصول على MVA إذا:
- كانت لديك AAH،
- كانت نسبة العجز لديك 80 % أو أكثر،
- كانت لديك مساعدة للسكن،
- كنت لا تعمل.`,
      combien: `تحصل على {montant:mva.montant} في الشهر.`,
      comment: `يدفعها CAF عادةً بدون طلب.
لا تحصل عليها؟ اطلبها من CAF.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن يساعدك MDPH.`,
    },
  },
};

export default body;
