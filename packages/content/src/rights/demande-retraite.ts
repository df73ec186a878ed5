// Disability and old age (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('demande_retraite'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'demande_retraite',
  officialUrl: 'https://www.info-retraite.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La retraite n'arrive pas toute seule.
Il faut la demander.`,
      qui: `Vous approchez de l'âge de la retraite ?
L'âge dépend de votre année de naissance.
Il est entre {nombre:retraite.age_legal_min} et {nombre:retraite.age_legal_max} ans.`,
      combien: `Le montant dépend de votre travail pendant votre vie.
Regardez votre relevé de carrière sur info-retraite.fr.`,
      comment: `Faites la demande 6 mois avant la date choisie.
Faites une seule demande en ligne sur info-retraite.fr.`,
      aide: `La caisse de retraite peut vous aider.
Un lieu France Services peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Your pension does not come by itself.
You must ask for it.`,
      qui: `Are you close to retirement age?
The age depends on your year of birth.
It is between {nombre:retraite.age_legal_min} and {nombre:retraite.age_legal_max}.`,
      combien: `The amount depends on your work during your life.
Look at your career record on info-retraite.fr.`,
      comment: `Apply 6 months before the date you choose.
Make one request online on info-retraite.fr.`,
      aide: `The pension fund can help you.
A France Services centre can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `التقاعد لا يأتي وحده.
يجب أن تطلبه.`,
      qui: `هل تقترب من سنّ التقاعد؟
السنّ تعتمد على سنة ميلادك.
هي بين {nombre:retraite.age_legal_min} و{nombre:retraite.age_legal_max} سنة.`,
      combien: `يعتمد المبلغ على عملك طوال حياتك.
انظر إلى كشف مسارك المهني على info-retraite.fr.`,
      comment: `قدّم الطلب قبل 6 أشهر من التاريخ الذي تختاره.
قدّم طلبًا واحدًا عبر الإنترنت على info-retraite.fr.`,
      aide: `يمكن أن يساعدك صندوق التقاعد.
يمكن أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
