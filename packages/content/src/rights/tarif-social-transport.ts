// Access to transport, justice and online procedures. Facts from the official pages in officialUrl
// (checked 2026-11-24). Social transport fares are local: the text sends people to their own network.
// Loaded on demand by loadExplanation('tarif_social_transport'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'tarif_social_transport',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/N19810',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le tarif social est un prix plus bas.
Il sert pour le bus, le tram ou le train de votre région.
Parfois, le transport est même gratuit.`,
      qui: `Les règles changent selon votre ville ou votre région.
Souvent, le tarif social est pour les personnes :
- qui reçoivent le RSA,
- qui ont la complémentaire santé solidaire,
- qui cherchent un travail.`,
      combien: `Le prix dépend de votre ville.
Demandez les prix au réseau de transport de chez vous.`,
      comment: `Allez à l'agence du réseau de transport.
Apportez une pièce d'identité et une photo.
Apportez aussi un papier qui montre votre aide.
Par exemple : une attestation de la CAF.`,
      aide: `Le CCAS de votre mairie peut vous aider.
L'agence du réseau de transport peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The social fare is a lower price.
It is for the bus, the tram or the regional train.
Sometimes transport is even free.`,
      qui: `The rules change with your town or region.
Often, the social fare is for people who:
- get RSA,
- have complémentaire santé solidaire,
- are looking for work.`,
      combien: `The price depends on your town.
Ask your local transport network for the prices.`,
      comment: `Go to the office of the transport network.
Bring an identity document and a photo.
Also bring a paper that shows the help you get.
For example: a letter from the CAF.`,
      aide: `The CCAS at your town hall can help you.
The office of the transport network can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `التعريفة الاجتماعية هي سعر أقل.
هي تصلح للحافلة أو الترامواي أو القطار في منطقتك.
أحيانًا، يكون النقل حتى مجانيًا.`,
      qui: `تختلف القواعد حسب مدينتك أو منطقتك.
غالبًا، التعريفة الاجتماعية هي للأشخاص:
- الذين يحصلون على RSA،
- الذين لديهم التغطية الصحية التكميلية التضامنية،
- الذين يبحثون عن عمل.`,
      combien: `يعتمد السعر على مدينتك.
اسأل عن الأسعار في شبكة النقل القريبة منك.`,
      comment: `اذهب إلى وكالة شبكة النقل.
أحضر وثيقة هوية وصورة.
أحضر أيضًا ورقة تثبت مساعدتك.
مثلًا: شهادة من CAF.`,
      aide: `يمكن أن يساعدك CCAS بلديتك.
يمكن أن تساعدك وكالة شبكة النقل.`,
    },
  },
};

export default body;
