// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('asf'); its title is in ../catalog.ts, so that the list of rights
// stays light.
// Amounts: the `asf.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F815.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'asf',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F815',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'ASF est de l'argent pour un parent qui élève seul son enfant.
Elle aide quand l'autre parent paie peu pour l'enfant.
La CAF vous verse cet argent chaque mois.`,
      qui: `Vous pouvez avoir l'ASF si :
- vous élevez seul votre enfant,
- l'autre parent paie une petite pension alimentaire, ou 0 euro.

Vous élevez un enfant qui a perdu ses 2 parents ?
Vous pouvez aussi avoir l'ASF.`,
      combien: `Vous recevez {montant:asf.verse.un_parent} par mois pour chaque enfant.
Un enfant a perdu ses 2 parents ?
Vous recevez alors {montant:asf.verse.deux_parents} par mois pour lui.`,
      comment: `Faites la demande sur le site caf.fr.
La CAF peut aussi demander l'argent à l'autre parent.
Elle vous le donne ensuite.`,
      aide: `La CAF peut vous aider.
Un lieu France Services peut vous aider sur internet.
Le CCAS de votre mairie peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `ASF is money for a parent who brings up a child alone.
It helps when the other parent pays little for the child.
The CAF pays you this money every month.`,
      qui: `You can get ASF if:
- you bring up your child alone,
- the other parent pays little child support, or 0 euros.

Are you bringing up a child who lost both parents?
You can also get ASF.`,
      combien: `You get {montant:asf.verse.un_parent} a month for each child.
Has a child lost both parents?
Then you get {montant:asf.verse.deux_parents} a month for this child.`,
      comment: `Ask for ASF on the website caf.fr.
The CAF can also ask the other parent for the money.
Then the CAF gives it to you.`,
      aide: `The CAF can help you.
A France Services office can help you online.
The CCAS at your town hall can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `ASF مال لأب أو أم يربي طفله وحده.
تساعد عندما يدفع الآخر قليلاً للطفل.
تدفع لك CAF هذا المال كل شهر.`,
      qui: `يمكنك الحصول على ASF إذا:
- كنت تربي طفلك وحدك،
- كان الآخر يدفع نفقة صغيرة أو 0 يورو.

هل تربي طفلاً فقد والديه الاثنين؟
يمكنك أيضاً الحصول على ASF.`,
      combien: `تحصل على {montant:asf.verse.un_parent} كل شهر لكل طفل.
هل فقد طفل والديه الاثنين؟
عندها تحصل على {montant:asf.verse.deux_parents} كل شهر لهذا الطفل.`,
      comment: `قدّم الطلب على موقع caf.fr.
يمكن أن تطلب CAF المال من الآخر.
ثم تعطيه لك.`,
      aide: `يمكن أن تساعدك CAF.
يمكن أن يساعدك مكتب France Services على الإنترنت.
يمكن أن يساعدك أيضاً CCAS في بلديتك.`,
    },
  },
};

export default body;
