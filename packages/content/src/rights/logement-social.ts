// Housing: aides au logement, FSL, demande de logement social. Facts from the service-public.fr pages in
// officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('logement_social'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'logement_social',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F869',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Un logement social est un logement avec un loyer plus bas.
On dit aussi un HLM.`,
      qui: `Vous pouvez demander un logement social si :
- vous habitez en France avec des papiers en règle,
- vos revenus sont assez petits.
La plupart des familles peuvent faire la demande.`,
      combien: `La demande est gratuite.
Le loyer dépend du logement.
Vous pouvez aussi avoir une aide au logement.`,
      comment: `Faites la demande sur le site demande-logement-social.gouv.fr.
Vous pouvez aussi la faire à la mairie.
Vous recevez un numéro de demande.
Gardez bien ce numéro.
Chaque année, renouvelez votre demande.`,
      aide: `La mairie peut vous aider.
Le CCAS de votre mairie peut vous aider.
Votre employeur peut parfois vous aider avec Action Logement.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Social housing is a home with a lower rent.
People also call it HLM.`,
      qui: `You can ask for social housing if:
- you live in France with valid papers,
- your income is low enough.
Most families can ask.`,
      combien: `Asking is free.
The rent depends on the home.
You can also get housing benefit.`,
      comment: `Ask on the website demande-logement-social.gouv.fr.
You can also ask at the town hall.
You get a request number.
Keep this number safe.
Renew your request every year.`,
      aide: `The town hall can help you.
The CCAS at your town hall can help you.
Your employer can sometimes help you through Action Logement.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `السكن الاجتماعي هو سكن بإيجار أقل.
يقال له أيضًا HLM.`,
      qui: `يمكنك طلب السكن الاجتماعي إذا:
- كنت تسكن في فرنسا بوثائق قانونية،
- كانت مداخيلك صغيرة بما يكفي.
أغلب الأسر يمكنها تقديم الطلب.`,
      combien: `الطلب مجاني.
يعتمد الإيجار على السكن.
يمكنك أيضًا الحصول على مساعدة السكن.`,
      comment: `قدّم الطلب على موقع demande-logement-social.gouv.fr.
يمكنك أيضًا تقديمه في البلدية.
تحصل على رقم الطلب.
احتفظ جيدًا بهذا الرقم.
كل سنة، جدّد طلبك.`,
      aide: `يمكن أن تساعدك البلدية.
يمكن أن يساعدك CCAS بلديتك.
يمكن أحيانًا أن يساعدك مشغّلك عن طريق Action Logement.`,
    },
  },
};

export default body;
