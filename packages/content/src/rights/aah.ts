// Disability and old age: AAH, AEEH, PCH, APA, carte mobilité inclusion. Facts from the service-public.fr
// pages in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('aah'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aah',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F12242',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'AAH est de l'argent pour vivre quand on a un handicap.
La CAF vous verse cet argent chaque mois.
Vous vivez en couple ?
Les revenus de l'autre personne comptent pour 0 euro.`,
      qui: `Vous pouvez avoir l'AAH si :
- vous avez {nombre:aah.age_minimum} ans ou plus,
- vous habitez en France,
- la MDPH dit que votre handicap est important,
- vos revenus sont petits.

La MDPH regarde votre taux d'incapacité.
Elle regarde aussi si votre handicap vous empêche de travailler.`,
      combien: `Avec 0 euro de revenus, vous recevez {montant:aah.montant} par mois.
Le montant est plus petit si vous avez d'autres revenus.`,
      comment: `Remplissez le formulaire de demande de la MDPH.
Demandez à votre médecin de remplir le certificat médical.
Envoyez tout à la MDPH de votre département.
La MDPH décide.
Ensuite, la CAF vous paie.`,
      aide: `La MDPH peut vous aider.
Le CCAS de votre mairie peut vous aider.
Une association de personnes handicapées peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `AAH is money to live on when you have a disability.
The CAF pays you this money every month.
Do you live as a couple?
The income of your partner counts as 0 euros.`,
      qui: `You can get AAH if:
- you are {nombre:aah.age_minimum} or older,
- you live in France,
- the MDPH says that your disability is serious,
- you have a low income.

The MDPH looks at how much your disability limits you.
It also looks at how your disability makes work hard.`,
      combien: `With no income, you get {montant:aah.montant} a month.
You get less if you have other income.`,
      comment: `Fill in the MDPH form.
Ask your doctor to fill in the medical form.
Send everything to the MDPH in your area.
The MDPH decides.
Then the CAF pays you.`,
      aide: `The MDPH can help you.
The CCAS at your town hall can help you.
A group for disabled people can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `AAH مال للعيش عندما تكون لديك إعاقة.
تدفع لك CAF هذا المال كل شهر.
هل تعيش مع شريك الحياة؟
دخل هذا الشخص لا يُحسب.`,
      qui: `يمكنك الحصول على AAH إذا:
- كان عمرك {nombre:aah.age_minimum} سنة أو أكثر،
- كنت تسكن في فرنسا،
- قالت MDPH إن إعاقتك كبيرة،
- كان دخلك صغيراً.

تنظر MDPH إلى نسبة العجز.
وتنظر أيضاً هل تمنعك الإعاقة من العمل.`,
      combien: `إذا كان دخلك 0 يورو، تحصل على {montant:aah.montant} كل شهر.
يكون المبلغ أصغر إذا كان لديك دخل آخر.`,
      comment: `املأ استمارة الطلب من MDPH.
اطلب من طبيبك أن يملأ الشهادة الطبية.
أرسل كل شيء إلى MDPH في مقاطعتك.
تقرر MDPH.
بعد ذلك، تدفع لك CAF.`,
      aide: `يمكن أن تساعدك MDPH.
يمكن أن يساعدك CCAS في بلديتك.
يمكن أن تساعدك أيضاً جمعية للأشخاص ذوي الإعاقة.`,
    },
  },
};

export default body;
