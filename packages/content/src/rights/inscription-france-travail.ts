// Work and young people: CEJ, registering with France Travail, Mission locale. Facts from the official
// pages in officialUrl (checked 2026-11-24).
// Loaded on demand by loadExplanation('inscription_france_travail'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'inscription_france_travail',
  officialUrl: 'https://www.francetravail.fr/',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `France Travail aide les personnes qui cherchent un travail.
Un conseiller vous aide à trouver un emploi ou une formation.
L'inscription peut aussi vous donner droit au chômage.`,
      qui: `Vous pouvez vous inscrire si :
- vous cherchez un travail,
- vous habitez en France.

Vous recevez le RSA ?
Vous êtes inscrit tout seul à France Travail.`,
      combien: `L'inscription est gratuite.
Vous avez travaillé avant ?
Vous pouvez peut-être recevoir de l'argent chaque mois : le chômage.`,
      comment: `Inscrivez-vous sur le site francetravail.fr.
Préparez votre numéro de sécurité sociale.
Préparez aussi un CV si vous en avez un.
Ensuite, vous avez un rendez-vous avec un conseiller.`,
      aide: `France Travail peut vous aider.
Un lieu France Services peut vous aider sur internet.
Vous avez moins de 26 ans ?
La Mission locale peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `France Travail helps people who are looking for work.
An adviser helps you find a job or a training course.
Signing up can also give you unemployment pay.`,
      qui: `You can sign up if:
- you are looking for work,
- you live in France.

Do you get RSA?
France Travail signs you up by itself.`,
      combien: `Signing up is free.
Have you worked before?
You may get money every month: unemployment pay.`,
      comment: `Sign up on the website francetravail.fr.
Have your social security number ready.
Have a CV ready too if you have one.
Then you have a meeting with an adviser.`,
      aide: `France Travail can help you.
A France Services office can help you online.
Are you younger than 26?
The Mission locale can also help you.`,
    },
  },
  ar: {
    status: DRAFT,
    sections: {
      quoi: `France Travail يساعد الأشخاص الذين يبحثون عن عمل.
يساعدك مستشار على إيجاد عمل أو تكوين.
التسجيل يمكن أيضًا أن يعطيك الحق في تعويض البطالة.`,
      qui: `يمكنك التسجيل إذا:
- كنت تبحث عن عمل،
- كنت تسكن في فرنسا.

هل تحصل على RSA؟
أنت مسجّل تلقائيًا في France Travail.`,
      combien: `التسجيل مجاني.
هل عملت من قبل؟
ربما يمكنك الحصول على مال كل شهر: تعويض البطالة.`,
      comment: `سجّل نفسك على موقع francetravail.fr.
جهّز رقم الضمان الاجتماعي الخاص بك.
جهّز أيضًا السيرة الذاتية إن كانت لديك.
بعد ذلك، يكون لديك موعد مع مستشار.`,
      aide: `يمكن أن يساعدك France Travail.
يمكن أن يساعدك مكتب France Services في استعمال الإنترنت.
هل عمرك أقل من 26 سنة؟
يمكن أيضًا أن تساعدك Mission locale.`,
    },
  },
};

export default body;
