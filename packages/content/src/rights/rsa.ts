// Money to live on: RSA, prime d'activité, ASS, ASPA, chèque énergie. Facts from the service-public.fr
// pages linked in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('rsa'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'rsa',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F19778',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le RSA est de l'argent pour vivre.
La CAF vous verse cet argent chaque mois.

Avec le RSA, une personne vous accompagne.
Elle vous aide à trouver un travail ou une formation.`,
      qui: `Vous pouvez avoir le RSA si :
- vous avez {nombre:rsa.age_minimum} ans ou plus,
- vous habitez en France,
- vous avez très peu d'argent chaque mois.

Vous avez moins de {nombre:rsa.age_minimum} ans ?
Vous pouvez avoir le RSA si vous attendez un bébé.
Vous pouvez aussi l'avoir si vous avez un enfant.

Vous venez d'un pays hors de l'Europe ?
Il faut un titre de séjour depuis {nombre:rsa.duree_titre_sejour} ans en général.`,
      combien: `Une personne seule avec 0 euro de revenus reçoit {montant:rsa.montant_forfaitaire} par mois.
Le montant est plus grand si vous avez des enfants.
Le montant est plus petit si vous avez d'autres revenus.
Le montant est aussi plus petit avec une aide au logement.`,
      comment: `Faites la demande sur le site de la CAF : caf.fr.
Vous travaillez dans l'agriculture ?
Faites la demande à la MSA.

Préparez vos papiers d'identité.
Préparez vos revenus des 3 derniers mois.

Tous les 3 mois, vous dites vos revenus à la CAF.
Vous le faites sur internet ou sur papier.`,
      aide: `La CAF peut vous aider.
Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut vous aider à faire la demande.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `RSA is money to live on.
The CAF pays you this money every month.

With RSA, a person helps you.
This person helps you find a job or a training course.`,
      qui: `You can get RSA if:
- you are {nombre:rsa.age_minimum} or older,
- you live in France,
- you have very little money each month.

Are you younger than {nombre:rsa.age_minimum}?
You can get RSA if you are expecting a baby.
You can also get it if you have a child.

Do you come from a country outside Europe?
You usually need a residence permit for {nombre:rsa.duree_titre_sejour} years.`,
      combien: `A person living alone with no income gets {montant:rsa.montant_forfaitaire} a month.
You get more if you have children.
You get less if you have other income.
You also get less if you get help with your rent.`,
      comment: `Ask for RSA on the CAF website: caf.fr.
Do you work in farming?
Ask the MSA.

Get your identity papers ready.
Get your income for the last 3 months ready.

Every 3 months, you tell the CAF about your income.
You can do it online or on paper.`,
      aide: `The CAF can help you.
The CCAS at your town hall can help you.
A France Services office can help you fill in the form.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `RSA هو مال للعيش.
يدفع لك CAF هذا المال كل شهر.

مع RSA، يرافقك شخص.
هو يساعدك على إيجاد عمل أو تكوين.`,
      qui: `يمكنك الحصول على RSA إذا:
- كان عمرك {nombre:rsa.age_minimum} سنة أو أكثر،
- كنت تسكن في فرنسا،
- كان لديك مال قليل جدًا كل شهر.

هل عمرك أقل من {nombre:rsa.age_minimum} سنة؟
يمكنك الحصول على RSA إذا كنت تنتظر مولودًا.
يمكنك أيضًا الحصول عليه إذا كان لديك طفل.

هل تأتي من بلد خارج أوروبا؟
يجب عادةً أن تكون لديك بطاقة الإقامة منذ {nombre:rsa.duree_titre_sejour} سنوات.`,
      combien: `الشخص الذي يعيش وحده ودخله 0 يورو يحصل على {montant:rsa.montant_forfaitaire} في الشهر.
يكون المبلغ أكبر إذا كان لديك أطفال.
يكون المبلغ أصغر إذا كانت لديك مداخيل أخرى.
يكون المبلغ أصغر أيضًا مع مساعدة للسكن.`,
      comment: `قدّم الطلب على موقع CAF: caf.fr.
هل تعمل في الزراعة؟
قدّم الطلب إلى MSA.

جهّز وثائق هويتك.
جهّز مداخيلك خلال آخر 3 أشهر.

كل 3 أشهر، تصرّح بمداخيلك إلى CAF.
تفعل ذلك على الإنترنت أو على الورق.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك مكتب France Services على تقديم الطلب.`,
    },
  },
};

export default body;
