// Health: complémentaire santé solidaire, AME, PUMa. Facts from the service-public.fr pages in officialUrl
// (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('ame'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'ame',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F3079',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'AME paie vos soins de santé.
Elle est pour les personnes étrangères sans titre de séjour.
Chez le médecin, vous avancez 0 euro.`,
      qui: `Vous pouvez avoir l'AME si :
- vous habitez en France depuis plus de 3 mois,
- vous avez un titre de séjour absent ou fini,
- vos revenus sont petits.

Vos enfants peuvent l'avoir tout de suite.`,
      combien: `L'AME est gratuite.
Elle paie la plupart des soins.
Elle dure 1 an.
Ensuite, il faut la demander de nouveau.`,
      comment: `Remplissez le formulaire de demande d'AME.
Apportez-le à votre CPAM.
Venez vous-même pour la première demande.
Apportez une pièce d'identité et une preuve de votre adresse.`,
      aide: `Votre CPAM peut vous aider.
Le CCAS de votre mairie peut vous aider.
Une permanence d'accès aux soins de santé à l'hôpital peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `AME pays for your health care.
It is for foreign people with no residence permit.
At the doctor, you pay 0 euros up front.`,
      qui: `You can get AME if:
- you have lived in France for more than 3 months,
- you have no valid residence permit,
- you have a low income.

Your children can get it straight away.`,
      combien: `AME is free.
It pays for most health care.
It lasts 1 year.
Then you need to ask for it again.`,
      comment: `Fill in the AME form.
Take it to your CPAM.
Go there yourself the first time.
Bring an identity document and a proof of your address.`,
      aide: `Your CPAM can help you.
The CCAS at your town hall can help you.
The health access desk at the hospital can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `AME تدفع ثمن علاجك.
هي للأجانب الذين ليس لديهم بطاقة إقامة.
عند الطبيب، لا تدفع شيئاً.`,
      qui: `يمكنك الحصول على AME إذا:
- كنت تسكن في فرنسا منذ أكثر من 3 أشهر،
- لم تكن لديك بطاقة إقامة أو انتهت مدتها،
- كان دخلك صغيراً.

يمكن أن يحصل عليها أطفالك فوراً.`,
      combien: `AME مجانية.
تدفع أغلب العلاج.
تدوم سنة واحدة.
بعد ذلك، يجب أن تطلبها من جديد.`,
      comment: `املأ استمارة طلب AME.
أعطها إلى CPAM.
اذهب بنفسك في الطلب الأول.
أحضر وثيقة هوية وإثباتاً لعنوانك.`,
      aide: `يمكن أن يساعدك CPAM.
يمكن أن يساعدك CCAS في بلديتك.
يمكن أن تساعدك أيضاً خدمة الوصول إلى العلاج في المستشفى.`,
    },
  },
};

export default body;
