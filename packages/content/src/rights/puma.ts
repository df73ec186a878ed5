// Health: complémentaire santé solidaire, AME, PUMa. Facts from the service-public.fr pages in officialUrl
// (checked 2026-11-24); amounts are placeholders resolved by @passerelle/rules.
// Loaded on demand by loadExplanation('puma'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'puma',
  officialUrl: 'https://www.ameli.fr/assure/droits-demarches/principes/protection-universelle-maladie',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La PUMa vous donne l'Assurance Maladie.
L'Assurance Maladie paie une grande partie de vos soins.
Vous avez une carte Vitale.`,
      qui: `Vous pouvez l'avoir si :
- vous travaillez en France,
- ou vous habitez en France depuis plus de 3 mois avec des papiers en règle.`,
      combien: `La PUMa est gratuite pour la plupart des personnes.
Elle paie une partie de vos soins.
Une complémentaire santé paie le reste.`,
      comment: `Remplissez le formulaire de demande d'Assurance Maladie.
Envoyez-le à la CPAM de chez vous.
Ajoutez une pièce d'identité et une preuve de votre adresse.`,
      aide: `Votre CPAM peut vous aider.
Le CCAS de votre mairie peut vous aider.
Un lieu France Services peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `PUMa gives you national health insurance.
The national health insurance pays for a large part of your care.
You get a Vitale card.`,
      qui: `You can get it if:
- you work in France,
- or you have lived in France for more than 3 months with valid papers.`,
      combien: `PUMa is free for most people.
It pays for part of your health care.
An extra health cover pays the rest.`,
      comment: `Fill in the form to join the national health insurance.
Send it to your local CPAM.
Add an identity document and a proof of your address.`,
      aide: `Your CPAM can help you.
The CCAS at your town hall can help you.
A France Services office can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `PUMa تعطيك التأمين الصحي.
التأمين الصحي يدفع جزءًا كبيرًا من مصاريف علاجك.
لديك بطاقة Vitale.`,
      qui: `يمكنك الحصول عليها إذا:
- كنت تعمل في فرنسا،
- أو كنت تسكن في فرنسا منذ أكثر من 3 أشهر بوثائق قانونية.`,
      combien: `PUMa مجانية لأغلب الأشخاص.
هي تدفع جزءًا من مصاريف علاجك.
التغطية الصحية التكميلية تدفع الباقي.`,
      comment: `املأ استمارة طلب التأمين الصحي.
أرسلها إلى CPAM القريب منك.
أضف وثيقة هوية وإثباتًا لعنوانك.`,
      aide: `يمكن أن يساعدك CPAM التابع لك.
يمكن أن يساعدك CCAS بلديتك.
يمكن أيضًا أن يساعدك مكتب France Services.`,
    },
  },
};

export default body;
