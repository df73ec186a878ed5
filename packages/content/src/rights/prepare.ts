// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('prepare'); its title is in ../catalog.ts.
// Amounts: the `prepare.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F32485.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'prepare',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F32485',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La PreParE est de l'argent pour un parent qui s'occupe de son jeune enfant.
Le parent arrête de travailler ou travaille moins.`,
      qui: `Vous pouvez avoir la PreParE si :
- votre enfant a moins de 3 ans,
- vous arrêtez ou réduisez votre travail,
- vous avez assez travaillé avant.

Pour un seul enfant, c'est jusqu'à son premier anniversaire.`,
      combien: `Si vous arrêtez de travailler, vous recevez environ {montant:prepare.verse.taux_plein} par mois.
Si vous travaillez à temps partiel, vous recevez moins.`,
      comment: `Demandez d'abord un congé parental à votre employeur.
Ensuite, faites la demande sur le site de la CAF.`,
      aide: `La CAF peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `PreParE is money for a parent who looks after a young child.
The parent stops working or works less.`,
      qui: `You can get PreParE if:
- your child is under 3,
- you stop work or work less,
- you worked enough before.

For only one child, it lasts until the first birthday.`,
      combien: `If you stop working, you get about {montant:prepare.verse.taux_plein} a month.
If you work part time, you get less.`,
      comment: `First ask your employer for parental leave.
Then apply on the CAF website.`,
      aide: `The CAF can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `PreParE هي مال للوالد الذي يعتني بطفله الصغير.
الوالد يتوقف عن العمل أو يعمل أقل.`,
      qui: `يمكنك الحصول على PreParE إذا:
- كان عمر طفلك أقل من 3 سنوات،
- توقفت عن عملك أو قلّلته،
- عملت بما يكفي من قبل.

لطفل واحد فقط، تُدفع حتى عيد ميلاده الأول.`,
      combien: `إذا توقفت عن العمل، تحصل على حوالي {montant:prepare.verse.taux_plein} في الشهر.
إذا كنت تعمل بدوام جزئي، تحصل على مبلغ أقل.`,
      comment: `اطلب أولًا الإجازة الوالدية من مشغّلك.
بعد ذلك، قدّم الطلب على موقع CAF.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
