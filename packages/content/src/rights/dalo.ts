// Housing (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('dalo'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'dalo',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F18005',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `Le DALO est un recours pour avoir un logement.
Vous le faites si vous êtes sans logement ou mal logé.`,
      qui: `Vous pouvez faire ce recours si :
- vous n'avez pas de logement,
- ou vous êtes hébergé,
- ou votre logement est dangereux,
- ou vous attendez un logement social depuis trop longtemps.`,
      combien: `Ce n'est pas de l'argent.
Une commission peut dire que vous êtes prioritaire.`,
      comment: `Remplissez le formulaire de recours DALO.
Envoyez-le à la commission de votre département.
Il faut avoir fait une demande de logement social.`,
      aide: `L'ADIL peut vous aider.
Le CCAS de votre mairie peut vous aider.
Un point-justice peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `DALO is an appeal to get a home.
You make it if you have no home or a bad home.`,
      qui: `You can make this appeal if:
- you have no home,
- or you are staying with someone,
- or your home is dangerous,
- or you have waited too long for social housing.`,
      combien: `It is not money.
A committee can say that you come first.`,
      comment: `Fill in the DALO appeal form.
Send it to the committee of your area.
You must have applied for social housing.`,
      aide: `The ADIL can help you.
The CCAS at your town hall can help you.
A point-justice can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `DALO هو طعن للحصول على سكن.
تقوم به إذا كنت بلا سكن أو في سكن سيّئ.`,
      qui: `يمكنك القيام بهذا الطعن إذا:
- لم يكن لديك سكن،
- أو كنت مُستضافًا،
- أو كان سكنك خطيرًا،
- أو كنت تنتظر السكن الاجتماعي منذ مدة طويلة جدًا.`,
      combien: `هذا ليس مالًا.
يمكن أن تقول لجنة إن لك الأولوية.`,
      comment: `املأ استمارة الطعن DALO.
أرسلها إلى اللجنة في المقاطعة التي تسكن فيها.
يجب أن تكون قد قدّمت طلبًا للسكن الاجتماعي.`,
      aide: `يمكن أن تساعدك ADIL.
يمكن أن يساعدك CCAS بلديتك.
يمكن أن يساعدك مكتب point-justice.`,
    },
  },
};

export default body;
