// Work and young people (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('are'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'are',
  officialUrl: 'https://www.francetravail.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'allocation chômage est de l'argent quand vous perdez votre travail.
France Travail vous la verse chaque mois.`,
      qui: `Vous pouvez avoir l'allocation chômage si :
- vous avez perdu votre travail,
- vous avez travaillé au moins 6 mois dans les 2 dernières années,
- vous cherchez un travail.`,
      combien: `Le montant dépend de vos anciens salaires.
France Travail le calcule.`,
      comment: `Inscrivez-vous à France Travail sur internet.
Faites-le vite après la fin du contrat.
Chaque mois, dites à France Travail votre situation.`,
      aide: `France Travail peut vous aider.
Un lieu France Services peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Unemployment benefit is money when you lose your job.
France Travail pays it every month.`,
      qui: `You can get unemployment benefit if:
- you lost your job,
- you worked at least 6 months in the last 2 years,
- you are looking for a job.`,
      combien: `The amount depends on your past salaries.
France Travail works it out.`,
      comment: `Sign up with France Travail online.
Do it soon after your contract ends.
Every month, tell France Travail your situation.`,
      aide: `France Travail can help you.
A France Services centre can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة البطالة مال عندما تفقد عملك.
يدفعها لك France Travail كل شهر.`,
      qui: `يمكنك الحصول على منحة البطالة إذا:
- فقدت عملك،
- عملت 6 أشهر على الأقل في السنتين الأخيرتين،
- كنت تبحث عن عمل.`,
      combien: `المبلغ حسب أجورك السابقة.
يحسبه France Travail.`,
      comment: `سجّل نفسك في France Travail على الإنترنت.
افعل ذلك بسرعة بعد نهاية العقد.
كل شهر، أخبر France Travail بوضعك.`,
      aide: `يمكن أن يساعدك France Travail.
يمكن أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
