// Money to live on: RSA, prime d'activité, ASS, ASPA, chèque énergie. Facts from the service-public.fr
// pages linked in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('aspa'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aspa',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F16871',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'ASPA est de l'argent pour les personnes âgées avec de petits revenus.
On l'appelle aussi le minimum vieillesse.
Elle complète votre retraite chaque mois.`,
      qui: `Vous pouvez avoir l'ASPA si :
- vous avez {nombre:aspa.age_minimum} ans ou plus,
- vous habitez en France,
- vous avez de petits revenus.

Vous avez un handicap ?
Vous pouvez parfois l'avoir plus tôt.

Vous venez d'un pays hors de l'Europe ?
Il faut un titre de séjour depuis {nombre:aspa.duree_titre_sejour} ans en général.`,
      combien: `Une personne seule reçoit au plus {montant:aspa.plafond.personne_seule/12} par mois.
Ce montant comprend votre retraite.
L'ASPA complète votre retraite jusqu'à ce montant.

Après votre décès, l'État peut reprendre une partie de cet argent.
Il le reprend sur ce que vous laissez à votre famille.
C'est seulement si vous laissez beaucoup.`,
      comment: `Demandez l'ASPA à votre caisse de retraite.
Vous pouvez faire la demande sur internet.
Vous pouvez aussi envoyer un formulaire papier.`,
      aide: `Votre caisse de retraite peut vous aider.
Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `ASPA is money for older people with a low income.
People also call it the minimum old age pension.
It adds to your pension every month.`,
      qui: `You can get ASPA if:
- you are {nombre:aspa.age_minimum} or older,
- you live in France,
- you have a low income.

Do you have a disability?
Sometimes you can get it earlier.

Do you come from a country outside Europe?
You usually need a residence permit for {nombre:aspa.duree_titre_sejour} years.`,
      combien: `A person living alone gets up to {montant:aspa.plafond.personne_seule/12} a month.
This amount includes your pension.
ASPA adds to your pension up to this amount.

After your death, the State can take back part of this money.
It takes it from what you leave to your family.
This only happens if you leave a lot.`,
      comment: `Ask your pension fund for ASPA.
You can ask online.
You can also send a paper form.`,
      aide: `Your pension fund can help you.
The CCAS at your town hall can help you.
A France Services office can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `ASPA مال لكبار السن الذين دخلهم صغير.
يقال لها أيضاً الحد الأدنى للشيخوخة.
تكمل معاش تقاعدك كل شهر.`,
      qui: `يمكنك الحصول على ASPA إذا:
- كان عمرك {nombre:aspa.age_minimum} سنة أو أكثر،
- كنت تسكن في فرنسا،
- كان دخلك صغيراً.

هل لديك إعاقة؟
يمكنك أحياناً الحصول عليها قبل هذا العمر.

هل أتيت من بلد خارج أوروبا؟
يجب في العادة أن تكون لديك بطاقة إقامة منذ {nombre:aspa.duree_titre_sejour} سنوات.`,
      combien: `يحصل الشخص الوحيد على {montant:aspa.plafond.personne_seule/12} كل شهر على الأكثر.
هذا المبلغ يشمل معاش تقاعدك.
تكمل ASPA معاش تقاعدك حتى هذا المبلغ.

بعد وفاتك، يمكن أن تسترجع الدولة جزءاً من هذا المال.
تسترجعه مما تتركه لعائلتك.
هذا فقط إذا تركت مالاً كثيراً.`,
      comment: `اطلب ASPA من صندوق التقاعد.
يمكنك تقديم الطلب على الإنترنت.
يمكنك أيضاً إرسال استمارة ورقية.`,
      aide: `يمكن أن يساعدك صندوق التقاعد.
يمكن أن يساعدك CCAS في بلديتك.
يمكن أن يساعدك أيضاً مكتب France Services.`,
    },
  },
};

export default body;
