// Rights and steps without an amount: disability, autonomy, youth and employment, transport, justice,
// digital help.
import type { Ctx, Person } from '../context.js';
import { SP, who } from './common.js';
import type { RightDefinition } from './types.js';

const ok = (ctx: Ctx, id: string): boolean => {
  const s = ctx.results.get(id)?.status;
  return s === 'eligible' || s === 'already_received' || s === 'possible';
};

const modest = (ctx: Ctx): boolean =>
  ok(ctx, 'rsa') ||
  ok(ctx, 'ppa') ||
  ok(ctx, 'aah') ||
  ok(ctx, 'aspa') ||
  ok(ctx, 'ass') ||
  (ok(ctx, 'css') && ctx.results.get('css')?.variant !== undefined);

const everyone = (ctx: Ctx): Person[] => [...ctx.adults, ...ctx.children, ...ctx.others];

export const aeeh: RightDefinition = {
  id: 'aeeh',
  theme: 'famille',
  label: 'Allocation d’éducation de l’enfant handicapé (AEEH)',
  description: 'Une aide pour les frais d’éducation et de soins d’un enfant handicapé de moins de 20 ans.',
  amountKind: 'none',
  contacts: ['mdph', 'caf'],
  procedure: {
    url: `${SP}F14809`,
    steps: ['Déposez une demande à la MDPH avec un certificat médical ; la CAF verse l’allocation.'],
    papers: ['Formulaire Cerfa 15692', 'Certificat médical Cerfa 15695'],
  },
  sources: [`${SP}F14809`],
  parameters: [],
  conditions: {
    child: {
      met: 'Enfant de moins de 20 ans ({who}) avec un taux d’incapacité de {rate} %.',
      notMet:
        'L’AEEH concerne un enfant de moins de 20 ans avec un taux d’incapacité d’au moins 50 % fixé par la MDPH.',
    },
    rate50: {
      met: 'Entre 50 et 79 %, l’AEEH dépend aussi des soins ou de l’établissement spécialisé : la MDPH décide.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const kids = ctx.children.filter(
      (c) => (c.age === undefined || c.age < 20) && (c.member.disabilityRate ?? 0) >= 50,
    );
    const c = kids[0];
    if (
      !t.check('child', c !== undefined, c ? { who: who(c), rate: c.member.disabilityRate ?? 0 } : {}) ||
      !c
    )
      return { amount: null };
    if ((c.member.disabilityRate ?? 0) < 80) {
      t.note('rate50');
      return { status: 'possible', amount: null };
    }
    return { amount: null };
  },
};

export const pch: RightDefinition = {
  id: 'pch',
  theme: 'sante',
  label: 'Prestation de compensation du handicap (PCH)',
  description:
    'Une aide du département pour payer l’aide humaine, le matériel ou l’aménagement du logement liés au handicap.',
  amountKind: 'none',
  contacts: ['mdph', 'departement'],
  procedure: {
    url: `${SP}F14202`,
    steps: [
      'Déposez une demande à la MDPH : une équipe évalue vos besoins et propose un plan de compensation.',
    ],
    papers: ['Formulaire Cerfa 15692', 'Certificat médical Cerfa 15695'],
  },
  sources: [`${SP}F14202`],
  parameters: [],
  conditions: {
    disability: {
      met: 'Handicap reconnu ({who}) : la PCH dépend des difficultés dans la vie quotidienne, évaluées par la MDPH.',
      notMet: 'La PCH concerne les personnes qui ont des difficultés importantes dues à un handicap.',
    },
  },
  evaluate(ctx, t) {
    const x = everyone(ctx).find((p) => (p.member.disabilityRate ?? 0) > 0 || p.member.rsdae === true);
    if (!t.check('disability', x !== undefined, x ? { who: who(x) } : {})) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const apa: RightDefinition = {
  id: 'apa',
  theme: 'sante',
  label: 'Allocation personnalisée d’autonomie (APA)',
  description:
    'Une aide du département pour les personnes de 60 ans ou plus qui ont besoin d’aide pour les gestes du quotidien.',
  amountKind: 'none',
  contacts: ['departement', 'ccas', 'mairie'],
  procedure: {
    url: `${SP}F10009`,
    steps: [
      'Demandez le dossier au département ou au CCAS ; une équipe vient évaluer vos besoins (grille AGGIR).',
    ],
    papers: ['Formulaire de demande', 'Pièce d’identité', 'Avis d’imposition'],
  },
  sources: [`${SP}F10009`],
  parameters: [],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans, 60 ans ou plus.',
      notMet: 'L’APA concerne les personnes de 60 ans ou plus.',
    },
    autonomy: {
      met: 'Une perte d’autonomie est possible (handicap ou inaptitude indiqués) : le département l’évalue.',
      notMet:
        'Rien n’indique une perte d’autonomie ; si vous avez besoin d’aide au quotidien, demandez l’APA.',
    },
  },
  evaluate(ctx, t) {
    const x = everyone(ctx).find((p) => p.age !== undefined && p.age >= 60);
    if (!t.check('age', x !== undefined, x ? { who: who(x), age: x.age ?? 0 } : {}) || !x)
      return { amount: null };
    const sign = (x.member.disabilityRate ?? 0) > 0 || x.member.activity === 'unfit_for_work';
    if (!t.check('autonomy', sign)) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const cmi: RightDefinition = {
  id: 'cmi',
  theme: 'transport',
  label: 'Carte mobilité inclusion (CMI)',
  description:
    'Une carte pour les personnes handicapées : priorité dans les files et transports, stationnement, avantages.',
  amountKind: 'none',
  contacts: ['mdph'],
  procedure: {
    url: `${SP}F34049`,
    steps: [
      'Demandez-la à la MDPH avec le formulaire de demande (en même temps qu’une autre demande si besoin).',
    ],
    papers: ['Formulaire Cerfa 15692', 'Certificat médical', 'Photo d’identité'],
  },
  sources: [`${SP}F34049`],
  parameters: [],
  conditions: {
    rate: {
      met: 'Taux d’incapacité ({who}) : {rate} % : carte « invalidité » (80 % ou plus) ou « priorité » selon la MDPH.',
      notMet: 'La CMI demande un handicap reconnu par la MDPH.',
    },
  },
  evaluate(ctx, t) {
    const x = everyone(ctx).find((p) => (p.member.disabilityRate ?? 0) >= 50);
    if (!t.check('rate', x !== undefined, x ? { who: who(x), rate: x.member.disabilityRate ?? 0 } : {}) || !x)
      return { amount: null };
    return (x.member.disabilityRate ?? 0) >= 80
      ? { variant: 'invalidite', amount: null }
      : { status: 'possible', variant: 'priorite', amount: null };
  },
};

const youngNeet = (x: Person): boolean => {
  const a = x.member.activity;
  return a === undefined || a === 'unemployed' || a === 'inactive';
};

export const cej: RightDefinition = {
  id: 'cej',
  theme: 'emploi',
  label: 'Contrat d’engagement jeune (CEJ)',
  description:
    'Un accompagnement intensif vers l’emploi pour les 16-25 ans sans emploi ni formation, avec une allocation selon les ressources.',
  amountKind: 'none',
  contacts: ['mission-locale', 'france-travail'],
  procedure: {
    url: `${SP}F32700`,
    steps: ['Prenez rendez-vous à la mission locale ou à France Travail.'],
    papers: ['Pièce d’identité', 'Justificatif de domicile'],
  },
  sources: [`${SP}F32700`],
  parameters: [],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans, entre 16 et 25 ans (29 ans avec un handicap reconnu).',
      notMet: 'Le CEJ concerne les jeunes de 16 à 25 ans (29 ans avec un handicap reconnu).',
      unknown: 'Il manque la date de naissance.',
    },
    activity: {
      met: 'Ni emploi, ni études, ni formation ({who}).',
      notMet: 'Le CEJ concerne les jeunes sans emploi ni formation.',
      unknown: 'Il faut savoir si la personne ({who}) travaille ou étudie.',
    },
  },
  evaluate(ctx, t) {
    const young = everyone(ctx).filter(
      (x) => x.age !== undefined && x.age >= 16 && x.age <= ((x.member.disabilityRate ?? 0) >= 50 ? 29 : 25),
    );
    if (young.length === 0) {
      if (ctx.applicant.age === undefined) t.unknown('age', [`${ctx.applicant.path}.birthDate`]);
      else t.check('age', false);
      return { amount: null };
    }
    const x = young.find(youngNeet);
    if (!x) {
      t.check('age', true, { who: who(young[0] as Person), age: young[0]?.age ?? 0 });
      t.check('activity', false);
      return { amount: null };
    }
    t.check('age', true, { who: who(x), age: x.age ?? 0 });
    if (x.member.activity === undefined) t.unknown('activity', [`${x.path}.activity`], { who: who(x) });
    else t.check('activity', true, { who: who(x) });
    return { amount: null };
  },
};

export const inscription_france_travail: RightDefinition = {
  id: 'inscription_france_travail',
  theme: 'emploi',
  label: 'Inscription à France Travail',
  description:
    'S’inscrire comme demandeur d’emploi pour être accompagné et ouvrir ses droits (chômage, ASS, RSA).',
  amountKind: 'none',
  contacts: ['france-travail', 'mission-locale', 'france-services'],
  procedure: {
    url: 'https://www.francetravail.fr/',
    steps: [
      'Inscrivez-vous en ligne sur francetravail.fr ou dans une agence France Travail ; un conseiller vous rappelle.',
    ],
    papers: ['Pièce d’identité', 'Carte Vitale', 'CV', 'Attestations employeur'],
  },
  sources: ['https://www.francetravail.fr/'],
  parameters: [],
  conditions: {
    seeking: {
      met: 'Recherche d’emploi ou droit au RSA ({who}) : l’inscription à France Travail est utile (et obligatoire avec le RSA).',
      notMet: 'Aucune personne du foyer n’a indiqué chercher un emploi.',
    },
    registered: {
      met: 'Allocation chômage reçue ({who}) : l’inscription est probablement déjà faite.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const x =
      ctx.adults.find((a) => a.member.activity === 'unemployed') ??
      (ok(ctx, 'rsa') ? ctx.applicant : undefined);
    if (!t.check('seeking', x !== undefined, x ? { who: who(x) } : {}) || !x) return { amount: null };
    if ((x.member.incomes?.unemploymentBenefit ?? 0) > 0) {
      t.note('registered', { who: who(x) });
      return { status: 'already_received', amount: null };
    }
    return { amount: null };
  },
};

export const mission_locale: RightDefinition = {
  id: 'mission_locale',
  theme: 'emploi',
  label: 'Accompagnement par la mission locale',
  description:
    'La mission locale aide les 16-25 ans pour l’emploi, la formation, le logement, la santé et la mobilité.',
  amountKind: 'none',
  contacts: ['mission-locale', 'information-jeunesse'],
  procedure: {
    url: 'https://www.unml.info/les-missions-locales/',
    steps: ['Prenez rendez-vous à la mission locale la plus proche.'],
    papers: ['Pièce d’identité'],
  },
  sources: ['https://www.unml.info/les-missions-locales/'],
  parameters: [],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans ; la mission locale accompagne les 16-25 ans qui ne sont plus à l’école.',
      notMet: 'La mission locale accompagne les jeunes de 16 à 25 ans sortis de l’école.',
    },
  },
  evaluate(ctx, t) {
    const x = everyone(ctx).find(
      (p) =>
        p.age !== undefined &&
        p.age >= 16 &&
        p.age <= 25 &&
        p.member.activity !== 'student' &&
        p.member.inSchool !== true,
    );
    t.check('age', x !== undefined, x ? { who: who(x), age: x.age ?? 0 } : {});
    return { amount: null };
  },
};

export const pass_sport: RightDefinition = {
  id: 'pass_sport',
  theme: 'famille',
  label: 'Pass’Sport',
  description:
    'Une aide pour l’inscription dans un club de sport, pour des jeunes qui reçoivent certaines aides.',
  amountKind: 'none',
  contacts: ['mairie', 'caf'],
  procedure: {
    url: 'https://www.pass.sports.gouv.fr/',
    steps: [
      'Le code arrive par courriel à la rentrée ; sinon retrouvez-le sur pass.sports.gouv.fr et donnez-le au club.',
    ],
    papers: ['Code Pass’Sport'],
  },
  sources: ['https://www.pass.sports.gouv.fr/'],
  parameters: ['pass_sport.age_min_ars', 'pass_sport.montant'],
  conditions: {
    exists: { met: '', notMet: 'Le Pass’Sport a été créé à la rentrée 2021.' },
    young: {
      met: 'Âge ({who}) : {age} ans, avec l’ARS, l’AEEH ou l’AAH dans le foyer.',
      notMet:
        'Le Pass’Sport concerne les jeunes de {min} à 17 ans dont la famille reçoit l’ARS, les 6-19 ans avec l’AEEH et les 16-30 ans avec l’AAH.',
    },
  },
  evaluate(ctx, t) {
    if (ctx.date < '2021-09-01') {
      t.check('exists', false);
      return { amount: null };
    }
    const min = ctx.p('pass_sport.age_min_ars');
    const arsOk = ok(ctx, 'ars');
    const x = everyone(ctx).find((p) => {
      if (p.age === undefined) return false;
      if (arsOk && p.member.role === 'child' && p.age >= min && p.age <= 17) return true;
      if (
        (p.member.disabilityRate ?? 0) >= 50 &&
        p.member.role === 'child' &&
        p.age >= 6 &&
        p.age <= 19 &&
        ok(ctx, 'aeeh')
      )
        return true;
      return p.age >= 16 && p.age <= 30 && ok(ctx, 'aah') && (p.member.disabilityRate ?? 0) >= 50;
    });
    if (!t.check('young', x !== undefined, x ? { who: who(x), age: x.age ?? 0 } : { min }) || !x)
      return { amount: null };
    return ctx.results.get('ars')?.status === 'possible'
      ? { status: 'possible', amount: null }
      : { amount: null };
  },
};

export const tarif_social_transport: RightDefinition = {
  id: 'tarif_social_transport',
  theme: 'transport',
  label: 'Tarif social des transports',
  description:
    'Une réduction ou la gratuité des transports en commun selon les ressources, fixée par chaque réseau local.',
  amountKind: 'none',
  contacts: ['ccas', 'mairie', 'france-services'],
  procedure: {
    url: 'https://www.france-services.gouv.fr/',
    steps: [
      'Renseignez-vous auprès du CCAS, de la mairie ou de l’agence du réseau de transport avec une attestation de droits.',
    ],
    papers: ['Attestation de droits (RSA, CSS, AAH…)', 'Pièce d’identité', 'Photo'],
  },
  sources: ['https://www.france-services.gouv.fr/'],
  parameters: [],
  conditions: {
    modest: {
      met: 'Vos ressources ou vos aides (RSA, CSS, AAH…) ouvrent souvent droit au tarif social : les règles sont locales.',
      notMet:
        'D’après vos réponses, vos ressources semblent au-dessus des tarifs sociaux habituels (les règles sont locales).',
    },
  },
  evaluate(ctx, t) {
    if (!t.check('modest', modest(ctx))) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const aide_juridictionnelle: RightDefinition = {
  id: 'aide_juridictionnelle',
  theme: 'ressources',
  label: 'Aide juridictionnelle',
  description:
    'La prise en charge des frais d’avocat et de justice, totale ou partielle, selon les ressources.',
  amountKind: 'none',
  contacts: ['point-justice', 'france-services', 'cidff', 'mairie'],
  procedure: {
    url: `${SP}F18074`,
    steps: [
      'Faites la demande en ligne sur justice.fr ou avec le formulaire, au tribunal ou dans un point-justice.',
    ],
    papers: ['Formulaire Cerfa 16146', 'Avis d’imposition', 'Documents sur l’affaire'],
  },
  sources: [`${SP}F18074`],
  parameters: [],
  conditions: {
    modest: {
      met: 'Si vous avez besoin d’un avocat ou d’aller en justice, vos ressources peuvent ouvrir droit à l’aide juridictionnelle (avec le RSA ou l’ASPA, elle est accordée sans examen des ressources).',
      notMet:
        'Vos ressources semblent élevées pour l’aide juridictionnelle ; une aide partielle reste possible selon le revenu fiscal de référence.',
    },
  },
  evaluate(ctx, t) {
    if (!t.check('modest', modest(ctx))) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const mediation_numerique: RightDefinition = {
  id: 'mediation_numerique',
  theme: 'ressources',
  label: 'Aide pour les démarches en ligne',
  description:
    'Un conseiller numérique ou une maison France services vous aide gratuitement à faire vos démarches sur internet.',
  amountKind: 'none',
  contacts: ['conseiller-numerique', 'mediation-numerique', 'france-services', 'ccas'],
  procedure: {
    url: 'https://www.france-services.gouv.fr/',
    steps: [
      'Prenez rendez-vous dans une maison France services ou avec un conseiller numérique près de chez vous.',
    ],
    papers: ['Vos identifiants (caf.fr, ameli.fr, impots.gouv.fr) si vous les avez', 'Pièce d’identité'],
  },
  sources: ['https://www.france-services.gouv.fr/'],
  parameters: [],
  conditions: {
    steps: {
      met: 'Plusieurs aides se demandent en ligne : un accompagnement gratuit existe près de chez vous.',
      notMet: 'Aucune démarche à faire d’après vos réponses.',
    },
  },
  evaluate(ctx, t) {
    let any = false;
    for (const r of ctx.results.values()) if (r.status === 'eligible' || r.status === 'possible') any = true;
    t.check('steps', any);
    return { amount: null };
  },
};
