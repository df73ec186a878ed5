// Health: complémentaire santé solidaire, AME, PUMa. Facts from the service-public.fr pages in officialUrl
// (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('css'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'css',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F10027',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La complémentaire santé solidaire aide à payer vos soins.
Elle paie ce que l'Assurance Maladie laisse à votre charge.
Chez le médecin, vous avancez 0 euro.
Elle paie aussi des lunettes, des soins des dents et des appareils pour entendre.`,
      qui: `Vous pouvez l'avoir si :
- vous habitez en France,
- vous avez l'Assurance Maladie,
- vos revenus sont petits.

Vous recevez le RSA ?
Vous l'avez gratuitement.`,
      combien: `Avec de très petits revenus, elle est gratuite.
Avec des revenus un peu plus hauts, vous payez un peu chaque mois.
Vous payez de {montant:css.participation.moins_30_ans} à {montant:css.participation.70_ans_et_plus} par mois et par personne.
Le prix dépend de votre âge.`,
      comment: `Faites la demande sur votre compte ameli.
Vous pouvez aussi envoyer un formulaire papier à votre CPAM.
Vous recevez le RSA ?
Faites la demande en même temps que le RSA.`,
      aide: `Votre CPAM peut vous aider.
Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut vous aider sur internet.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Complémentaire santé solidaire helps you pay for health care.
It pays what the national health insurance leaves for you to pay.
At the doctor, you pay 0 euros up front.
It also pays for glasses, dental care and hearing aids.`,
      qui: `You can get it if:
- you live in France,
- you have national health insurance,
- you have a low income.

Do you get RSA?
You get it for free.`,
      combien: `With a very low income, it is free.
With a slightly higher income, you pay a little every month.
You pay from {montant:css.participation.moins_30_ans} to {montant:css.participation.70_ans_et_plus} a month for each person.
The price depends on your age.`,
      comment: `Ask for it on your ameli account.
You can also send a paper form to your CPAM.
Do you get RSA?
Ask for it at the same time as RSA.`,
      aide: `Your CPAM can help you.
The CCAS at your town hall can help you.
A France Services office can help you online.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `التغطية الصحية التكميلية التضامنية تساعد على دفع مصاريف علاجك.
هي تدفع ما يتركه التأمين الصحي على حسابك.
عند الطبيب، تدفع مسبقًا 0 يورو.
هي تدفع أيضًا النظارات وعلاج الأسنان وأجهزة السمع.`,
      qui: `يمكنك الحصول عليها إذا:
- كنت تسكن في فرنسا،
- كان لديك التأمين الصحي،
- كانت مداخيلك صغيرة.

هل تحصل على RSA؟
تحصل عليها مجانًا.`,
      combien: `مع مداخيل صغيرة جدًا، هي مجانية.
مع مداخيل أعلى قليلًا، تدفع مبلغًا صغيرًا كل شهر.
تدفع من {montant:css.participation.moins_30_ans} إلى {montant:css.participation.70_ans_et_plus} في الشهر لكل شخص.
يعتمد السعر على عمرك.`,
      comment: `قدّم الطلب في حسابك على ameli.
يمكنك أيضًا إرسال استمارة ورقية إلى CPAM التابع لك.
هل تحصل على RSA؟
قدّم الطلب في نفس الوقت مع طلب RSA.`,
      aide: `يمكن أن يساعدك CPAM التابع لك.
يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك مكتب France Services في استعمال الإنترنت.`,
    },
  },
};

export default body;
