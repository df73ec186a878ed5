// Money to live on (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('point_conseil_budget'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'point_conseil_budget',
  officialUrl: 'https://www.mesquestionsdargent.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le Point conseil budget vous aide avec votre argent.
C'est gratuit.`,
      qui: `Tout le monde peut y aller.
Par exemple : si vous avez des dettes.
Par exemple : si vous avez du mal à payer vos factures.`,
      combien: `C'est gratuit.
Ce n'est pas de l'argent en plus.`,
      comment: `Prenez rendez-vous dans un Point conseil budget.
Vous avez trop de dettes ?
Vous pouvez faire un dossier de surendettement à la Banque de France.`,
      aide: `Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `A Point conseil budget helps you with your money.
It is free.`,
      qui: `Everyone can go.
For example: if you have debts.
For example: if you find it hard to pay your bills.`,
      combien: `It is free.
It is not extra money.`,
      comment: `Make an appointment at a Point conseil budget.
Do you have too many debts?
You can send a debt file to the Banque de France.`,
      aide: `The CCAS at your town hall can help you.
A France Services centre can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `مكتب نصائح الميزانية (Point conseil budget) يساعدك في أمور مالك.
هذا مجاني.`,
      qui: `يمكن لأي شخص أن يذهب إليه.
مثلًا: إذا كانت لديك ديون.
مثلًا: إذا كنت تجد صعوبة في دفع فواتيرك.`,
      combien: `هذا مجاني.
هذا ليس مالًا إضافيًا.`,
      comment: `خذ موعدًا في مكتب Point conseil budget.
هل لديك ديون كثيرة جدًا؟
يمكنك تقديم ملف المديونية المفرطة إلى بنك فرنسا (Banque de France).`,
      aide: `يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
