// Disability and old age: AAH, AEEH, PCH, APA, carte mobilité inclusion. Facts from the service-public.fr
// pages in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('cmi'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'cmi',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F34049',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La CMI est une carte pour les personnes qui ont un handicap.
Elle vous donne des droits.
Par exemple : une place assise dans le bus.
Par exemple : vous garer sur les places pour personnes handicapées.`,
      qui: `Vous pouvez avoir la CMI si :
- vous avez un handicap,
- ou vous avez du mal à marcher ou à rester debout.
Les personnes âgées qui ont l'APA peuvent aussi l'avoir.`,
      combien: `La carte est gratuite.`,
      comment: `Faites la demande à la MDPH de votre département.
Utilisez le formulaire habituel de la MDPH.
Vous avez l'APA ?
Faites la demande au département.`,
      aide: `La MDPH peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The CMI is a card for people with a disability.
It gives you rights.
For example: a seat on the bus.
For example: parking in the spaces for disabled people.`,
      qui: `You can get the CMI if:
- you have a disability,
- or you find it hard to walk or to stand.
Older people who get APA can also get it.`,
      combien: `The card is free.`,
      comment: `Ask the MDPH in your area.
Use the usual MDPH form.
Do you get APA?
Ask your local council.`,
      aide: `The MDPH can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `CMI هي بطاقة للأشخاص ذوي الإعاقة.
هي تعطيك حقوقًا.
مثلًا: مقعد للجلوس في الحافلة.
مثلًا: ركن سيارتك في الأماكن المخصّصة للأشخاص ذوي الإعاقة.`,
      qui: `يمكنك الحصول على CMI إذا:
- كانت لديك إعاقة،
- أو كنت تجد صعوبة في المشي أو في الوقوف.
يمكن أيضًا لكبار السنّ الذين لديهم APA الحصول عليها.`,
      combien: `البطاقة مجانية.`,
      comment: `قدّم الطلب إلى MDPH في المقاطعة التي تسكن فيها.
استعمل استمارة MDPH المعتادة.
هل لديك APA؟
قدّم الطلب إلى المقاطعة.`,
      aide: `يمكن أن يساعدك MDPH.
يمكن أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
