// Access to transport, justice and online procedures. Facts from the official pages in officialUrl
// (checked 2026-11-24). Social transport fares are local: the text sends people to their own network.
// Loaded on demand by loadExplanation('mediation_numerique'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'mediation_numerique',
  officialUrl: 'https://www.france-services.gouv.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Des personnes vous aident à faire vos démarches sur internet.
Par exemple : votre demande à la CAF ou aux impôts.
Elles vous apprennent aussi à utiliser un ordinateur ou un téléphone.
C'est la médiation numérique.`,
      qui: `Cette aide est pour tout le monde.`,
      combien: `Cette aide est gratuite.`,
      comment: `Allez dans un lieu France Services.
Vous pouvez aussi voir un conseiller numérique.
Apportez vos papiers et vos mots de passe.`,
      aide: `Un lieu France Services peut vous aider.
Un conseiller numérique peut vous aider.
La mairie peut vous donner les adresses.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `People help you do your forms online.
For example: your request to the CAF or to the tax office.
They also teach you how to use a computer or a phone.`,
      qui: `This help is for everyone.`,
      combien: `This help is free.`,
      comment: `Go to a France Services office.
You can also see a digital adviser.
Bring your papers and your passwords.`,
      aide: `A France Services office can help you.
A digital adviser can help you.
The town hall can give you the addresses.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `أشخاص يساعدونك على القيام بإجراءاتك على الإنترنت.
مثلًا: طلبك إلى CAF أو إلى مصلحة الضرائب.
يعلّمونك أيضًا استعمال الحاسوب أو الهاتف.
هذه هي الوساطة الرقمية.`,
      qui: `هذه المساعدة للجميع.`,
      combien: `هذه المساعدة مجانية.`,
      comment: `اذهب إلى مكتب France Services.
يمكنك أيضًا مقابلة مستشار رقمي.
أحضر وثائقك وكلمات السرّ الخاصة بك.`,
      aide: `يمكن أن يساعدك مكتب France Services.
يمكن أن يساعدك مستشار رقمي.
يمكن أن تعطيك البلدية العناوين.`,
    },
  },
};

export default body;
