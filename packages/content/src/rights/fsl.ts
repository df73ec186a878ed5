// Housing: aides au logement, FSL, demande de logement social. Facts from the service-public.fr pages in
// officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('fsl'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'fsl',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F1334',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le FSL aide à payer des frais de logement.
Par exemple : le dépôt de garantie ou le premier loyer.
Par exemple : des loyers en retard.
Par exemple : des factures d'électricité, de gaz ou d'eau.`,
      qui: `Vous pouvez avoir le FSL si :
- vous avez de petits revenus,
- vous avez du mal à payer votre logement.
Chaque département a ses propres règles.`,
      combien: `Le montant dépend de votre situation.
Le FSL peut vous donner de l'argent.
Il peut aussi vous prêter de l'argent gratuitement.`,
      comment: `Faites la demande avec une assistante sociale.
Vous pouvez aussi demander le formulaire à votre département.
Apportez vos factures et vos revenus.`,
      aide: `Le CCAS de votre mairie peut vous aider.
L'assistante sociale de votre département peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The FSL helps you pay housing costs.
For example: the deposit or the first rent.
For example: late rent.
For example: bills for electricity, gas or water.`,
      qui: `You can get help from the FSL if:
- you have a low income,
- you find it hard to pay for your home.
Each area has its own rules.`,
      combien: `The amount depends on your situation.
The FSL can give you money.
It can also lend you money at no cost.`,
      comment: `Ask for help with a social worker.
You can also ask your local council for the form.
Bring your bills and your income details.`,
      aide: `The CCAS at your town hall can help you.
The social worker of your local council can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `FSL يساعد على دفع مصاريف السكن.
مثلًا: مبلغ الضمان أو أول إيجار.
مثلًا: إيجارات متأخرة.
مثلًا: فواتير الكهرباء أو الغاز أو الماء.`,
      qui: `يمكنك الحصول على FSL إذا:
- كانت مداخيلك صغيرة،
- كنت تجد صعوبة في دفع مصاريف سكنك.
لكل مقاطعة قواعدها الخاصة.`,
      combien: `يعتمد المبلغ على وضعيتك.
يمكن أن يعطيك FSL مالًا.
يمكن أيضًا أن يقرضك مالًا بدون فائدة.`,
      comment: `قدّم الطلب مع الأخصائية الاجتماعية.
يمكنك أيضًا طلب الاستمارة من المقاطعة التي تسكن فيها.
أحضر فواتيرك ووثائق مداخيلك.`,
      aide: `يمكن أن يساعدك CCAS بلديتك.
يمكن أن تساعدك الأخصائية الاجتماعية في المقاطعة التي تسكن فيها.`,
    },
  },
};

export default body;
