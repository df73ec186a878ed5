// Disability and old age: AAH, AEEH, PCH, APA, carte mobilité inclusion. Facts from the service-public.fr
// pages in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('pch'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'pch',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F14202',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La PCH paie des choses utiles à cause de votre handicap.
Par exemple : une personne qui vous aide chez vous.
Par exemple : un fauteuil roulant ou des travaux dans votre logement.`,
      qui: `Vous pouvez avoir la PCH si :
- votre handicap rend la vie de tous les jours difficile,
- vous habitez en France,
- votre handicap a commencé avant vos 60 ans.

Les enfants peuvent aussi l'avoir.`,
      combien: `Le montant dépend de vos besoins.
La MDPH fait un plan avec vous.
Le département paie selon ce plan.`,
      comment: `Remplissez le formulaire de demande de la MDPH.
Demandez à votre médecin de remplir le certificat médical.
Envoyez tout à la MDPH de votre département.`,
      aide: `La MDPH peut vous aider.
Le CCAS de votre mairie peut vous aider.
Une association de personnes handicapées peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `PCH pays for things you need because of your disability.
For example: a person who helps you at home.
For example: a wheelchair or changes to your home.`,
      qui: `You can get PCH if:
- your disability makes everyday life hard,
- you live in France,
- your disability started before you were 60.

Children can also get it.`,
      combien: `The amount depends on what you need.
The MDPH makes a plan with you.
The local council pays according to this plan.`,
      comment: `Fill in the MDPH form.
Ask your doctor to fill in the medical form.
Send everything to the MDPH in your area.`,
      aide: `The MDPH can help you.
The CCAS at your town hall can help you.
A group for disabled people can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `PCH تدفع ثمن أشياء مفيدة بسبب إعاقتك.
مثلًا: شخص يساعدك في بيتك.
مثلًا: كرسي متحرّك أو أشغال في مسكنك.`,
      qui: `يمكنك الحصول على PCH إذا:
- كانت إعاقتك تجعل الحياة اليومية صعبة،
- كنت تسكن في فرنسا،
- بدأت إعاقتك قبل أن تبلغ 60 سنة.

يمكن للأطفال أيضًا الحصول عليها.`,
      combien: `يعتمد المبلغ على احتياجاتك.
يضع MDPH خطة معك.
تدفع المقاطعة حسب هذه الخطة.`,
      comment: `املأ استمارة طلب MDPH.
اطلب من طبيبك أن يملأ الشهادة الطبية.
أرسل كل شيء إلى MDPH في المقاطعة التي تسكن فيها.`,
      aide: `يمكن أن يساعدك MDPH.
يمكن أن يساعدك CCAS بلديتك.
يمكن أيضًا أن تساعدك جمعية للأشخاص ذوي الإعاقة.`,
    },
  },
};

export default body;
