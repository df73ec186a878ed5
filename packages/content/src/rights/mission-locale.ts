// Work and young people: CEJ, registering with France Travail, Mission locale. Facts from the official
// pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('mission_locale'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'mission_locale',
  officialUrl: 'https://www.unml.info/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La Mission locale aide les jeunes.
Elle aide pour le travail et la formation.
Elle aide aussi pour le logement, la santé et l'argent.`,
      qui: `La Mission locale est pour les jeunes de 16 ans à 25 ans.
Vous êtes sorti de l'école ?
La Mission locale peut vous aider.`,
      combien: `L'aide de la Mission locale est gratuite.`,
      comment: `Cherchez la Mission locale de chez vous.
Appelez-la ou allez-y.
Vous avez un rendez-vous avec un conseiller.`,
      aide: `La mairie peut vous donner l'adresse de la Mission locale.
Un lieu France Services peut aussi vous la donner.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The Mission locale helps young people.
It helps with work and training.
It also helps with housing, health and money.`,
      qui: `The Mission locale is for young people from 16 to 25 years old.
Have you left school?
The Mission locale can help you.`,
      combien: `Help from the Mission locale is free.`,
      comment: `Find your local Mission locale.
Call it or go there.
You get a meeting with an adviser.`,
      aide: `The town hall can give you the address of the Mission locale.
A France Services office can also give it to you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `Mission locale تساعد الشباب.
هي تساعد في العمل والتكوين.
هي تساعد أيضًا في السكن والصحة والمال.`,
      qui: `Mission locale للشباب من 16 إلى 25 سنة.
هل خرجت من المدرسة؟
يمكن أن تساعدك Mission locale.`,
      combien: `مساعدة Mission locale مجانية.`,
      comment: `ابحث عن Mission locale القريبة منك.
اتصل بها أو اذهب إليها.
يكون لديك موعد مع مستشار.`,
      aide: `يمكن أن تعطيك البلدية عنوان Mission locale.
يمكن أيضًا أن يعطيك مكتب France Services هذا العنوان.`,
    },
  },
};

export default body;
