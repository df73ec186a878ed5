// Work and young people (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('rqth'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'rqth',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F1650',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La RQTH dit que vous êtes un travailleur handicapé.
Elle aide à trouver ou à garder un travail.`,
      qui: `Vous pouvez avoir la RQTH si :
- vous avez 16 ans ou plus,
- votre santé ou un handicap gêne votre travail.`,
      combien: `Ce n'est pas de l'argent.
Elle donne des aides pour le travail.
Par exemple : un poste de travail adapté.`,
      comment: `Faites la demande à la MDPH.
Utilisez le formulaire habituel de la MDPH.
Ajoutez un certificat du médecin.`,
      aide: `La MDPH peut vous aider.
France Travail peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `RQTH says that you are a disabled worker.
It helps you find or keep a job.`,
      qui: `You can get RQTH if:
- you are 16 or older,
- your health or a disability makes work hard.`,
      combien: `It is not money.
It gives help at work.
For example: an adapted workplace.`,
      comment: `Apply to the MDPH.
Use the usual MDPH form.
Add a doctor's certificate.`,
      aide: `The MDPH can help you.
France Travail can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `RQTH تقول إنك عامل ذو إعاقة.
هي تساعد على إيجاد عمل أو على الحفاظ عليه.`,
      qui: `يمكنك الحصول على RQTH إذا:
- كان عمرك 16 سنة أو أكثر،
- كانت صحتك أو إعاقة تصعّب عملك.`,
      combien: `هذا ليس مالًا.
هي تعطي مساعدات للعمل.
مثلًا: مكان عمل مناسب لحالتك.`,
      comment: `قدّم الطلب إلى MDPH.
استعمل استمارة MDPH المعتادة.
أضف شهادة من الطبيب.`,
      aide: `يمكن أن يساعدك MDPH.
يمكن أن يساعدك France Travail.`,
    },
  },
};

export default body;
