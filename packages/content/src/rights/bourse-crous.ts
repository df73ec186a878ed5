// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('bourse_crous'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'bourse_crous',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F12214',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La bourse du Crous est de l'argent pour les étudiants.
Elle aide à payer les études.`,
      qui: `Vous pouvez avoir la bourse si :
- vous faites des études après le bac,
- vous avez moins de 28 ans,
- vos parents ont peu d'argent.`,
      combien: `Le montant dépend des revenus de vos parents.
Il dépend aussi de la distance entre la maison et l'école.
Vous recevez l'argent pendant 10 mois.`,
      comment: `Remplissez le dossier social étudiant sur internet.
Faites-le entre le 1er mars et le 31 mai.
Faites-le même si vous n'avez pas encore de place.`,
      aide: `Le Crous peut vous aider.
La Mission locale peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The Crous grant is money for students.
It helps to pay for studies.`,
      qui: `You can get the grant if:
- you study after the baccalauréat,
- you are under 28,
- your parents have little money.`,
      combien: `The amount depends on your parents' income.
It also depends on the distance from home to school.
You get the money for 10 months.`,
      comment: `Fill in the student social file online.
Do it between 1 March and 31 May.
Do it even before you have a place.`,
      aide: `The Crous can help you.
The Mission locale can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `منحة Crous هي مال للطلاب.
هي تساعد على دفع مصاريف الدراسة.`,
      qui: `يمكنك الحصول على المنحة إذا:
- كنت تدرس بعد البكالوريا،
- كان عمرك أقل من 28 سنة،
- كان لوالديك مال قليل.`,
      combien: `يعتمد المبلغ على مداخيل والديك.
يعتمد أيضًا على المسافة بين البيت ومكان الدراسة.
تحصل على المال مدة 10 أشهر.`,
      comment: `املأ الملف الاجتماعي للطالب عبر الإنترنت.
افعل ذلك بين 1 مارس و31 مايو.
افعل ذلك حتى لو لم يكن لديك مقعد دراسي بعد.`,
      aide: `يمكن أن يساعدك Crous.
يمكن أن تساعدك Mission locale.`,
    },
  },
};

export default body;
