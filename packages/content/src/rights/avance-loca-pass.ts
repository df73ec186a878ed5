// Housing (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('avance_loca_pass'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'avance_loca_pass',
  officialUrl: 'https://www.actionlogement.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'avance Loca-Pass est un prêt pour payer le dépôt de garantie.
Le prêt est sans intérêt.`,
      qui: `Vous pouvez avoir ce prêt si :
- vous avez moins de 30 ans,
- ou vous êtes salarié d'une entreprise privée.`,
      combien: `Le prêt va jusqu'à {montant:loca_pass.montant_max}.
Vous remboursez au moins 20 euros par mois.`,
      comment: `Faites la demande sur le site d'Action Logement.
Faites-la au plus tard 2 mois après votre entrée dans le logement.`,
      aide: `L'ADIL peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The Loca-Pass advance is a loan to pay the deposit.
The loan has no interest.`,
      qui: `You can get this loan if:
- you are under 30,
- or you work for a private company.`,
      combien: `The loan goes up to {montant:loca_pass.montant_max}.
You pay back at least 20 euros a month.`,
      comment: `Apply on the Action Logement website.
Apply at the latest 2 months after you move in.`,
      aide: `The ADIL can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `سلفة Loca-Pass هي قرض لدفع مبلغ الضمان.
هذا القرض بدون فائدة.`,
      qui: `يمكنك الحصول على هذا القرض إذا:
- كان عمرك أقل من 30 سنة،
- أو كنت أجيرًا في شركة خاصة.`,
      combien: `يصل القرض إلى {montant:loca_pass.montant_max}.
تردّ 20 يورو على الأقل كل شهر.`,
      comment: `قدّم الطلب على موقع Action Logement.
قدّمه في أجل أقصاه شهران بعد دخولك إلى المسكن.`,
      aide: `يمكن أن تساعدك ADIL.
يمكن أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
