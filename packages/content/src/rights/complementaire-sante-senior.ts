// Health (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('complementaire_sante_senior'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'complementaire_sante_senior',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F10027',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Après 65 ans, une complémentaire santé coûte cher.
Des communes aident à la payer.`,
      qui: `Vous avez 65 ans ou plus ?
Vous n'avez pas la complémentaire santé solidaire ?
Demandez ce qui existe dans votre commune.`,
      combien: `Cela dépend de votre commune.
Certaines communes ont une mutuelle moins chère pour les habitants.`,
      comment: `Demandez d'abord la complémentaire santé solidaire.
Elle est souvent moins chère.
Sinon, demandez au CCAS de votre mairie.`,
      aide: `Le CCAS de votre mairie peut vous aider.
La caisse de retraite peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `After 65, extra health cover is expensive.
Some towns help to pay for it.`,
      qui: `Are you 65 or older?
Do you not have the Complémentaire santé solidaire?
Ask what your town offers.`,
      combien: `It depends on your town.
Some towns have a cheaper health insurance for residents.`,
      comment: `First ask for the Complémentaire santé solidaire.
It is often cheaper.
If not, ask the CCAS at your town hall.`,
      aide: `The CCAS at your town hall can help you.
The pension fund can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `بعد 65 سنة، تكون التغطية الصحية التكميلية غالية.
بعض البلديات تساعد على دفعها.`,
      qui: `هل عمرك 65 سنة أو أكثر؟
ليست لديك التغطية الصحية التكميلية التضامنية؟
اسأل عمّا يوجد في بلديتك.`,
      combien: `هذا يعتمد على بلديتك.
بعض البلديات لديها تغطية صحية تكميلية أرخص لسكانها.`,
      comment: `اطلب أولًا التغطية الصحية التكميلية التضامنية.
هي غالبًا أرخص.
وإلا، اسأل CCAS بلديتك.`,
      aide: `يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك صندوق التقاعد.`,
    },
  },
};

export default body;
