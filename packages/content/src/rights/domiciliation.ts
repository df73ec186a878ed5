// Housing (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('domiciliation'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'domiciliation',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F17317',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La domiciliation vous donne une adresse.
Vous recevez votre courrier à cette adresse.`,
      qui: `Vous n'avez pas de logement stable ?
Vous pouvez avoir une domiciliation.
Elle est gratuite.`,
      combien: `C'est gratuit.
Avec cette adresse, vous pouvez demander vos aides.`,
      comment: `Demandez une domiciliation au CCAS de votre mairie.
Vous pouvez aussi aller dans une association.
Passez ou appelez au moins tous les 3 mois.`,
      aide: `Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Domiciliation gives you an address.
You get your letters at this address.`,
      qui: `Do you have no stable home?
You can get a domiciliation.
It is free.`,
      combien: `It is free.
With this address, you can ask for benefits.`,
      comment: `Ask the CCAS at your town hall.
You can also go to a charity.
Visit or call at least every 3 months.`,
      aide: `The CCAS at your town hall can help you.
A France Services centre can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `خدمة عنوان المراسلة تعطيك عنوانًا.
تستلم بريدك في هذا العنوان.`,
      qui: `ليس لديك سكن ثابت؟
يمكنك الحصول على عنوان المراسلة.
هو مجاني.`,
      combien: `هذا مجاني.
بهذا العنوان، يمكنك طلب مساعداتك.`,
      comment: `اطلب عنوان المراسلة من CCAS بلديتك.
يمكنك أيضًا الذهاب إلى جمعية.
مُرّ أو اتصل مرة كل 3 أشهر على الأقل.`,
      aide: `يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
