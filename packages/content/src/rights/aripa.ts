// Families and children (added with issue 15). Facts from the page in officialUrl and the rules catalogue (checked
// 2026-12-03); amounts are placeholders resolved by @passerelle/rules. Loaded on demand by
// loadExplanation('aripa'); its title is in ../catalog.ts.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'aripa',
  officialUrl: 'https://www.pension-alimentaire.caf.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `L'Aripa est un service de la CAF.
La CAF prend la pension alimentaire chez l'autre parent.
Puis elle vous la verse chaque mois.`,
      qui: `Vous pouvez avoir ce service si :
- vous êtes séparé,
- l'autre parent doit payer une pension alimentaire.

Le service marche aussi si l'autre parent ne paie pas.`,
      combien: `Ce n'est pas une aide en plus.
Vous recevez la pension alimentaire prévue.
Si l'autre parent ne paie pas, la CAF peut vous aider avec l'ASF.`,
      comment: `Faites la demande sur le site pension-alimentaire.caf.fr.
Donnez le jugement ou l'accord qui fixe la pension.`,
      aide: `La CAF peut vous aider.
Un point-justice peut vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `Aripa is a CAF service.
The CAF takes the child support from the other parent.
Then it pays it to you every month.`,
      qui: `You can use this service if:
- you are separated,
- the other parent must pay child support.

It also works if the other parent does not pay.`,
      combien: `It is not extra money.
You get the child support that was decided.
If the other parent does not pay, the CAF can help with ASF.`,
      comment: `Apply on the website pension-alimentaire.caf.fr.
Give the court decision or the agreement about child support.`,
      aide: `The CAF can help you.
A point-justice can help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `Aripa خدمة من CAF.
تأخذ CAF النفقة من الأب أو الأم الآخر.
ثم تدفعها لك كل شهر.`,
      qui: `يمكنك الحصول على هذه الخدمة إذا:
- كنت منفصلاً عن الأب أو الأم الآخر،
- كان على الآخر أن يدفع النفقة.

الخدمة تعمل أيضاً إذا كان الآخر لا يدفع.`,
      combien: `هذه ليست مساعدة إضافية.
تحصل على النفقة المحددة.
إذا كان الآخر لا يدفع، يمكن أن تساعدك CAF بمنحة ASF.`,
      comment: `قدّم الطلب على موقع pension-alimentaire.caf.fr.
أعط الحكم أو الاتفاق الذي يحدد النفقة.`,
      aide: `يمكن أن تساعدك CAF.
يمكن أن يساعدك point-justice.`,
    },
  },
};

export default body;
