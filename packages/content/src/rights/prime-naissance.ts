// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('prime_naissance'); its title is in ../catalog.ts.
// Amounts: the `prime_naissance.verse.*` amounts of @passerelle/rules (src/amounts.ts), the same function and rounding
// the questionnaire uses: BMAF (478,16 € from 1 April 2026) × legal rate, net of the 0.5 % CRDS, as on the
// CAF scale and service-public.fr F2550.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'prime_naissance',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F2550',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La prime à la naissance est de l'argent pour l'arrivée d'un bébé.
La CAF vous verse cet argent une seule fois.`,
      qui: `Vous pouvez avoir la prime si :
- vous attendez un bébé,
- vos revenus ne sont pas trop hauts.

La limite de revenus dépend du nombre d'enfants.`,
      combien: `Vous recevez environ {montant:prime_naissance.verse.naissance} une seule fois.
La CAF la verse au 7e mois de la grossesse.`,
      comment: `Déclarez la grossesse avant la fin du 3e mois.
Le médecin ou la sage-femme vous aide.
Dites aussi la grossesse à la CAF.
Vous n'avez pas d'autre demande à faire.`,
      aide: `La CAF peut vous aider.
La PMI peut vous aider.
Le CCAS de votre mairie peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The birth grant is money for the arrival of a baby.
The CAF pays you this money only once.`,
      qui: `You can get the grant if:
- you are expecting a baby,
- your income is not too high.

The income limit depends on the number of children.`,
      combien: `You get about {montant:prime_naissance.verse.naissance} only once.
The CAF pays it in the 7th month of pregnancy.`,
      comment: `Declare the pregnancy before the end of the 3rd month.
The doctor or the midwife helps you.
Also tell the CAF about the pregnancy.
You have nothing else to ask for.`,
      aide: `The CAF can help you.
The PMI can help you.
The CCAS at your town hall can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة الولادة هي مال لقدوم مولود.
يدفع لك CAF هذا المال مرة واحدة.`,
      qui: `يمكنك الحصول على المنحة إذا:
- كنت تنتظر مولودًا،
- كانت مداخيلك غير مرتفعة جدًا.

حدّ المداخيل يعتمد على عدد الأطفال.`,
      combien: `تحصل على حوالي {montant:prime_naissance.verse.naissance} مرة واحدة.
يدفعها CAF في الشهر السابع من الحمل.`,
      comment: `صرّح بالحمل قبل نهاية الشهر الثالث.
يساعدك الطبيب أو القابلة.
أخبر CAF أيضًا بالحمل.
ليس عليك تقديم طلب آخر.`,
      aide: `يمكن أن يساعدك CAF.
يمكن أن تساعدك PMI.
يمكن أن يساعدك CCAS بلديتك.`,
    },
  },
};

export default body;
