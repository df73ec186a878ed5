// Housing (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('garantie_visale'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'garantie_visale',
  officialUrl: 'https://www.visale.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Visale est une caution gratuite pour louer un logement.
Si vous ne payez pas le loyer, Visale paie le propriétaire.`,
      qui: `Vous pouvez avoir Visale si :
- vous avez entre 18 et 30 ans,
- ou vous avez plus de 30 ans et vous êtes salarié, dans certains cas.`,
      combien: `C'est gratuit.
Attention : si Visale paie à votre place, vous devez rembourser.`,
      comment: `Faites la demande sur le site visale.fr.
Faites-la avant de signer le bail.
Donnez le visa au propriétaire.`,
      aide: `L'ADIL peut vous aider.
La Mission locale peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Visale is a free guarantor to rent a home.
If you do not pay the rent, Visale pays the landlord.`,
      qui: `You can get Visale if:
- you are between 18 and 30,
- or you are over 30 and an employee, in some cases.`,
      combien: `It is free.
Careful: if Visale pays for you, you must pay it back.`,
      comment: `Apply on the website visale.fr.
Do it before you sign the lease.
Give the visa to the landlord.`,
      aide: `The ADIL can help you.
The Mission locale can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `Visale كفيل مجاني لاستئجار سكن.
إذا لم تدفع الإيجار، يدفع Visale لصاحب السكن.`,
      qui: `يمكنك الحصول على Visale إذا:
- كان عمرك بين 18 و30 سنة،
- أو كان عمرك أكثر من 30 سنة وكنت أجيرًا، في بعض الحالات.`,
      combien: `هذا مجاني.
انتبه: إذا دفع Visale بدلًا منك، يجب أن تردّ المال.`,
      comment: `قدّم الطلب على موقع visale.fr.
افعل ذلك قبل توقيع عقد الإيجار.
أعطِ التأشيرة لصاحب السكن.`,
      aide: `يمكن أن تساعدك ADIL.
يمكن أن تساعدك Mission locale.`,
    },
  },
};

export default body;
