// Money to live on: RSA, prime d'activité, ASS, ASPA, chèque énergie. Facts from the service-public.fr
// pages linked in officialUrl (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('cheque_energie'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'cheque_energie',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F35726',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le chèque énergie vous aide à payer l'électricité ou le gaz.
Il sert aussi pour le fioul ou le bois.
Il arrive 1 fois par an.`,
      qui: `Vous pouvez avoir le chèque énergie si votre foyer a de petits revenus.
L'État regarde votre revenu fiscal de référence.
Il regarde aussi le nombre de personnes chez vous.`,
      combien: `Le chèque va de {montant:cheque_energie.montants.uc_1[3]} à {montant:cheque_energie.montants.uc_2[0]} par an.
Le montant dépend de vos revenus.
Il dépend aussi du nombre de personnes chez vous.`,
      comment: `Chaque année, faites votre déclaration de revenus aux impôts.
Faites-la même avec de très petits revenus.
Le chèque arrive ensuite chez vous par la poste.

Le chèque est absent de votre boîte aux lettres ?
Allez sur le site chequeenergie.gouv.fr.
Vous pouvez le demander sur ce site.`,
      aide: `Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut vous aider sur internet.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The energy cheque helps you pay for electricity or gas.
You can also use it for heating oil or wood.
It comes once a year.`,
      qui: `You can get the energy cheque if your household has a low income.
The State looks at your tax reference income.
It also looks at how many people live with you.`,
      combien: `The cheque is between {montant:cheque_energie.montants.uc_1[3]} and {montant:cheque_energie.montants.uc_2[0]} a year.
The amount depends on your income.
It also depends on how many people live with you.`,
      comment: `Every year, fill in your tax return.
Do it even with a very low income.
Then the cheque comes to your home by post.

Is the cheque missing from your letterbox?
Go to the website chequeenergie.gouv.fr.
You can ask for it on this website.`,
      aide: `The CCAS at your town hall can help you.
A France Services office can help you online.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `شيك الطاقة يساعدك على دفع الكهرباء أو الغاز.
يصلح أيضًا للمازوت أو للحطب.
يصل مرة واحدة في السنة.`,
      qui: `يمكنك الحصول على شيك الطاقة إذا كانت مداخيل أسرتك صغيرة.
تنظر الدولة إلى الدخل الضريبي المرجعي الخاص بك.
تنظر أيضًا إلى عدد الأشخاص في بيتك.`,
      combien: `الشيك من {montant:cheque_energie.montants.uc_1[3]} إلى {montant:cheque_energie.montants.uc_2[0]} في السنة.
يعتمد المبلغ على مداخيلك.
يعتمد أيضًا على عدد الأشخاص في بيتك.`,
      comment: `كل سنة، قدّم التصريح بالدخل إلى مصلحة الضرائب.
افعل ذلك حتى مع مداخيل صغيرة جدًا.
بعد ذلك يصل الشيك إلى بيتك بالبريد.

لم تجد الشيك في صندوق بريدك؟
اذهب إلى موقع chequeenergie.gouv.fr.
يمكنك طلبه على هذا الموقع.`,
      aide: `يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك مكتب France Services في استعمال الإنترنت.`,
    },
  },
};

export default body;
