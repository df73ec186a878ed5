// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('ajpp'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'ajpp',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F15132',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'AJPP est de l'argent pour un parent qui s'occupe de son enfant malade.
Le parent arrête de travailler quelques jours.`,
      qui: `Vous pouvez avoir l'AJPP si :
- votre enfant a moins de 20 ans,
- il a une maladie grave, un handicap ou un accident grave,
- vous arrêtez de travailler pour être avec lui.`,
      combien: `Vous recevez {montant:ajpp.montant_journalier} par jour d'arrêt.
Vous pouvez avoir 22 jours par mois au plus.`,
      comment: `Demandez un congé de présence parentale à votre employeur.
Envoyez la demande à la CAF avec un certificat du médecin.
Chaque mois, dites à la CAF les jours d'arrêt.`,
      aide: `La CAF peut vous aider.
La MDPH peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `AJPP is money for a parent who looks after a sick child.
The parent stops working for some days.`,
      qui: `You can get AJPP if:
- your child is under 20,
- the child has a serious illness, a disability or a serious accident,
- you stop work to be with the child.`,
      combien: `You get {montant:ajpp.montant_journalier} for each day off.
You can have up to 22 days a month.`,
      comment: `Ask your employer for parental presence leave.
Send the form to the CAF with a doctor's certificate.
Every month, tell the CAF your days off.`,
      aide: `The CAF can help you.
The MDPH can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `AJPP مال لأب أو أم يعتني بطفله المريض.
يتوقف عن العمل بعض الأيام.`,
      qui: `يمكنك الحصول على AJPP إذا:
- كان عمر طفلك أقل من 20 سنة،
- كان لديه مرض خطير أو إعاقة أو حادث خطير،
- كنت تتوقف عن العمل لتكون معه.`,
      combien: `تحصل على {montant:ajpp.montant_journalier} عن كل يوم توقف.
يمكنك الحصول على 22 يوماً في الشهر على الأكثر.`,
      comment: `اطلب من صاحب العمل إجازة الحضور الوالدي.
أرسل الطلب إلى CAF مع شهادة من الطبيب.
كل شهر، أخبر CAF بأيام التوقف.`,
      aide: `يمكن أن تساعدك CAF.
يمكن أن تساعدك MDPH.`,
    },
  },
};

export default body;
