// Rights and steps without an amount (the CEJ: a ceiling only): disability, autonomy, youth and employment,
// transport, justice, digital help.
import { type Ctx, euros, type Person } from '../context.js';
import { SP, who } from './common.js';
import type { Outcome, RightDefinition, RightId, Trace } from './types.js';

/** The right is open or may be (eligible, possible or already received). */
export const ok = (ctx: Ctx, id: string): boolean => {
  const s = ctx.results.get(id)?.status;
  return s === 'eligible' || s === 'already_received' || s === 'possible';
};

/** A minimum income or a free/participative CSS is open: the household's resources are modest. */
export const modest = (ctx: Ctx): boolean =>
  ok(ctx, 'rsa') ||
  ok(ctx, 'ppa') ||
  ok(ctx, 'aah') ||
  ok(ctx, 'aspa') ||
  ok(ctx, 'ass') ||
  (ok(ctx, 'css') && ctx.results.get('css')?.variant !== undefined);

/** What `modest` reads, for the `reads` of a right that calls it. */
export const MODEST_READS = ['rsa', 'ppa', 'aah', 'aspa', 'ass', 'css'] as const satisfies readonly RightId[];

/** A step open to modest households, with no amount (the rules are local or unlisted). */
export function possibleIfModest(ctx: Ctx, t: Trace): Outcome {
  if (!t.check('modest', modest(ctx))) return { amount: null };
  return { status: 'possible', amount: null };
}

export const everyone = (ctx: Ctx): Person[] => [...ctx.adults, ...ctx.children, ...ctx.others];

export const aeeh: RightDefinition = {
  id: 'aeeh',
  theme: 'famille',
  label: 'Allocation d’éducation de l’enfant handicapé (AEEH)',
  amountKind: 'none',
  contacts: ['mdph', 'caf'],
  sources: [`${SP}F14809`],
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
  amountKind: 'none',
  contacts: ['mdph', 'departement'],
  sources: [`${SP}F14202`],
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
  amountKind: 'none',
  contacts: ['departement', 'ccas', 'mairie'],
  sources: [`${SP}F10009`],
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
  amountKind: 'none',
  contacts: ['mdph'],
  sources: [`${SP}F34049`],
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

// Said as unknown (the tax household has no question); `met` is the same sentence.
const ALLOWANCE =
  'Jusqu’à {max} par mois si le foyer fiscal (le vôtre ou celui de vos parents) ne paie pas d’impôt ; moins s’il en paie ou avec un salaire.';

const youngNeet = (x: Person): boolean => {
  const a = x.member.activity;
  return a === undefined || a === 'unemployed' || a === 'inactive';
};

export const cej: RightDefinition = {
  id: 'cej',
  theme: 'emploi',
  label: 'Contrat d’engagement jeune (CEJ)',
  amountKind: 'monthly',
  contacts: ['mission-locale', 'france-travail'],
  sources: [`${SP}F32700`, 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045207447'],
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
    allowance: { met: ALLOWANCE, notMet: '', unknown: ALLOWANCE },
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
    if (ctx.date < '2022-03-01') return { amount: null };
    return cejAllowance(ctx, t, (x.age ?? 0) < 18);
  },
};

/**
 * The allowance (code du travail, art. D5131-19 and D5131-20) depends on the young person's tax household,
 * which the situation does not hold: it is a ceiling ("jusqu'à"), kept out of the monthly total.
 */
function cejAllowance(ctx: Ctx, t: Trace, minor: boolean): Outcome {
  // [adult, non-taxable household; adult, first tax band; minor, either]: the highest one applies.
  const value = ctx.list('cej.allocation')[minor ? 2 : 0] as number;
  // Unknown rather than met: the tax household has no question in the questionnaire.
  t.unknown('allowance', [], { max: euros(value) });
  return { status: 'possible', amount: { value, per: 'month', kind: 'flat', upTo: true } };
}

export const inscription_france_travail: RightDefinition = {
  id: 'inscription_france_travail',
  reads: ['rsa'],
  theme: 'emploi',
  label: 'Inscription à France Travail',
  amountKind: 'none',
  contacts: ['france-travail', 'mission-locale', 'france-services'],
  sources: ['https://www.francetravail.fr/'],
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
  amountKind: 'none',
  contacts: ['mission-locale', 'information-jeunesse'],
  sources: ['https://www.unml.info/les-missions-locales/'],
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
  reads: ['ars', 'aeeh', 'aah'],
  theme: 'famille',
  label: 'Pass’Sport',
  amountKind: 'none',
  contacts: ['mairie', 'caf'],
  sources: ['https://www.pass.sports.gouv.fr/'],
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
  reads: MODEST_READS,
  theme: 'transport',
  label: 'Tarif social des transports',
  amountKind: 'none',
  contacts: ['ccas', 'mairie', 'france-services'],
  sources: ['https://www.france-services.gouv.fr/'],
  conditions: {
    modest: {
      met: 'Vos ressources ou vos aides (RSA, CSS, AAH…) ouvrent souvent droit au tarif social : les règles sont locales.',
      notMet:
        'D’après vos réponses, vos ressources semblent au-dessus des tarifs sociaux habituels (les règles sont locales).',
    },
  },
  evaluate: possibleIfModest,
};

export const aide_juridictionnelle: RightDefinition = {
  id: 'aide_juridictionnelle',
  reads: MODEST_READS,
  theme: 'ressources',
  label: 'Aide juridictionnelle',
  amountKind: 'none',
  contacts: ['point-justice', 'france-services', 'cidff', 'mairie'],
  sources: [`${SP}F18074`],
  conditions: {
    modest: {
      met: 'Si vous avez besoin d’un avocat ou d’aller en justice, vos ressources peuvent ouvrir droit à l’aide juridictionnelle (avec le RSA ou l’ASPA, elle est accordée sans examen des ressources).',
      notMet:
        'Vos ressources semblent élevées pour l’aide juridictionnelle ; une aide partielle reste possible selon le revenu fiscal de référence.',
    },
  },
  evaluate: possibleIfModest,
};

export const mediation_numerique: RightDefinition = {
  id: 'mediation_numerique',
  reads: 'all',
  theme: 'ressources',
  label: 'Aide pour les démarches en ligne',
  amountKind: 'none',
  contacts: ['conseiller-numerique', 'mediation-numerique', 'france-services', 'ccas'],
  sources: ['https://www.france-services.gouv.fr/'],
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
