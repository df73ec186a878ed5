// Work and young people (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('cir'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'cir',
  officialUrl: 'https://www.ofii.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le CIR est un contrat pour les personnes qui arrivent en France.
Il donne des cours de français gratuits.
Il explique aussi la vie en France.`,
      qui: `Vous avez votre premier titre de séjour ?
Vous venez d'un pays hors de l'Europe ?
Le CIR est pour vous.`,
      combien: `C'est gratuit.
Ce n'est pas de l'argent.`,
      comment: `L'OFII vous donne un rendez-vous.
Allez au rendez-vous.
Suivez les cours prévus.`,
      aide: `L'OFII peut vous aider.
Un lieu France Services peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The CIR is a contract for people who arrive in France.
It gives free French lessons.
It also explains life in France.`,
      qui: `Do you have your first residence permit?
Do you come from a country outside Europe?
The CIR is for you.`,
      combien: `It is free.
It is not money.`,
      comment: `The OFII gives you an appointment.
Go to the appointment.
Follow the lessons.`,
      aide: `The OFII can help you.
A France Services centre can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `CIR هو عقد للأشخاص الذين يصلون إلى فرنسا.
يعطي دروسًا مجانية في اللغة الفرنسية.
يشرح أيضًا الحياة في فرنسا.`,
      qui: `هل حصلت على بطاقة الإقامة لأول مرة؟
هل تأتي من بلد خارج أوروبا؟
CIR موجّه لك.`,
      combien: `هذا مجاني.
هذا ليس مالًا.`,
      comment: `يعطيك OFII موعدًا.
احضر الموعد.
تابع الدروس المقرّرة.`,
      aide: `يمكن أن يساعدك OFII.
يمكن أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
