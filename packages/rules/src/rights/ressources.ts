// Minimum incomes: RSA and prime d'activité here; AAH, ASPA and ASS in their own files (re-exported).
import { cents, type Ctx, euros, type Person } from '../context.js';
import { shiftMonth } from '../dates.js';
import type { RightResult } from '../result.js';
import { adultsIncome, childrenAged, incomesOf, monthly, monthName, residenceOk, SP, who } from './common.js';
import type { RightDefinition, Trace } from './types.js';

/**
 * Household coefficient of the RSA / PPA montant forfaitaire (art. R262-1 CASF): +50 % for the second
 * person, +30 % for each further one, +40 % from the third child (the rsa.majoration.* parameters).
 */
export function householdCoefficient(ctx: Ctx, adults: number, children: number): number {
  let coef = 1;
  let persons = adults;
  if (adults === 2) coef += ctx.p('rsa.majoration.deuxieme_personne');
  for (let k = 1; k <= children; k++) {
    persons++;
    if (persons === 2) coef += ctx.p('rsa.majoration.deuxieme_personne');
    else
      coef +=
        k > 2
          ? ctx.p('rsa.majoration.enfant_au_dela_du_deuxieme')
          : ctx.p('rsa.majoration.personne_supplementaire');
  }
  return coef;
}

const paid = (r: RightResult | undefined): boolean =>
  !!r && (r.status === 'eligible' || r.status === 'already_received') && !!r.amount && !r.amount.isCost;

/**
 * Benefits that count as resources, with the monthly amount. For the RSA and the prime d'activité
 * (`rsaRules`), the AF age supplements and the CF majoration are left out (art. R262-11 CASF).
 */
export function countedBenefits(
  ctx: Ctx,
  ids: readonly string[],
  rsaRules = false,
): { total: number; names: string[] } {
  let total = 0;
  const names: string[] = [];
  for (const id of ids) {
    const r = ctx.results.get(id);
    if (paid(r) && r?.amount) {
      const part = rsaRules ? (ctx.memo.get(`resources.${id}`) as number | undefined) : undefined;
      const m = part ?? (r.amount.per === 'year' ? r.amount.value / 12 : r.amount.value);
      total += m;
      names.push(`${r.label} (${euros(cents(m))})`);
    }
  }
  return { total, names };
}

/**
 * Children counted in the RSA/PPA household: under 25, except a child whose own resources reach the
 * increase of the montant forfaitaire the child would bring (art. R262-3 CASF, last paragraph); the
 * resources of the children counted are the household's (an 18-year-old earning 300 € is not counted).
 */
function rsaChildren(
  ctx: Ctx,
  t: Trace,
  nAdults: number,
  base: number,
): { kids: Person[]; income: { activity: number; total: number } } {
  const kids: Person[] = [];
  const income = { activity: 0, total: 0 };
  for (const c of ctx.children) {
    if (c.age !== undefined && c.age >= 25) continue;
    const own = incomesOf(c);
    if (own.total > 0) {
      const increase = cents(
        base *
          (householdCoefficient(ctx, nAdults, kids.length + 1) -
            householdCoefficient(ctx, nAdults, kids.length)),
      );
      if (own.total >= increase) {
        t.note('child_resources', { who: who(c), resources: euros(own.total), increase: euros(increase) });
        continue;
      }
      income.activity += own.activity;
      income.total += own.total;
    }
    kids.push(c);
  }
  return { kids, income };
}

/** Lone parent with a child under 3, or pregnant: the "majoration pour isolement". */
function isolated(ctx: Ctx): boolean {
  if (ctx.couple) return false;
  const young = childrenAged(ctx, 0, ctx.p('rsa.majoration_isolement.age_enfant') - 1).length > 0;
  return young || ctx.applicant.member.pregnant === true;
}

/** The montant forfaitaire of the household, raised to the lone-parent rate when `isolated` and higher. */
function lumpSum(ctx: Ctx, right: 'rsa' | 'ppa', base: number, nAdults: number, nKids: number): number {
  const amount = cents(base * householdCoefficient(ctx, nAdults, nKids));
  if (!isolated(ctx)) return amount;
  const isolation =
    ctx.p(`${right}.majoration_isolement.base`) + ctx.p(`${right}.majoration_isolement.par_enfant`) * nKids;
  return Math.max(amount, cents(base * isolation));
}

/** Forfait logement applies (owner without loan, housed free, or housing aid). */
function housingForfait(ctx: Ctx, t: Trace): { applies: boolean; aid: number | undefined } {
  const status = ctx.situation.housing?.status;
  const al = ctx.results.get('aide_logement');
  const received = ctx.receiving.has('aide_logement');
  const aid = al && paid(al) ? al.amount?.value : undefined;
  if (status === undefined) {
    t.unknown('housing', ['housing.status']);
    return { applies: false, aid: undefined };
  }
  if (status === 'owner' || status === 'hosted_free') {
    t.note('forfait_logement', {
      why: status === 'owner' ? 'vous êtes propriétaire sans crédit' : 'vous êtes logé gratuitement',
    });
    return { applies: true, aid: undefined };
  }
  if (received) {
    // The CAF deducts the forfait, or the aid itself when lower; our estimate of the aid is only an
    // order of magnitude, so the forfait is used unless the estimate is clearly lower.
    t.note('forfait_logement', { why: 'vous recevez une aide au logement' });
    return { applies: true, aid };
  }
  if (aid !== undefined) {
    t.note('forfait_logement', { why: 'vous avez droit à une aide au logement' });
    return { applies: true, aid };
  }
  return { applies: false, aid: undefined };
}

/**
 * Monthly forfait logement deducted by the RSA and the prime d'activité: a share of the base amount for
 * 1, 2 or 3+ persons (rates of each benefit), or the housing aid itself when lower; 0 when it does not apply.
 */
function forfaitLogement(ctx: Ctx, t: Trace, right: 'rsa' | 'ppa', base: number, persons: number): number {
  const housing = housingForfait(ctx, t);
  if (!housing.applies) return 0;
  const forfait =
    persons === 1
      ? cents(base * ctx.p(`${right}.forfait_logement.taux_1_personne`))
      : persons === 2
        ? cents(base * 1.5 * ctx.p(`${right}.forfait_logement.taux_2_personnes`))
        : cents(base * 1.8 * ctx.p(`${right}.forfait_logement.taux_3_personnes`));
  return housing.aid !== undefined ? Math.min(forfait, housing.aid) : forfait;
}

const FAMILY_BENEFITS = ['af', 'cf', 'paje_base', 'asf', 'aah', 'aspa', 'ass'] as const;
/** The RSA and the prime d'activité read the housing aid (forfait logement) and the benefits counted. */
const RSA_READS = ['aide_logement', ...FAMILY_BENEFITS] as const;

const RSA_PPA_CONDITIONS = {
  housing: {
    met: 'Votre logement est connu.',
    notMet: '',
    unknown: 'Nous ne savons pas comment vous êtes logé : le forfait logement n’a pas été déduit.',
  },
  forfait_logement: {
    met: 'Un forfait logement est déduit, car {why}.',
    notMet: '',
  },
  benefits: {
    met: 'Ces aides comptent dans vos ressources : {list}.',
    notMet: '',
  },
  resources: {
    met: 'Ressources du foyer prises en compte : {value} par mois (moyenne des 3 derniers mois).',
    notMet: '',
  },
  source_months: {
    met: 'Ressources du foyer prises en compte : {value} par mois (vos revenus indiqués). Pour {month}, {who} les ressources de {from} à {to} (« solidarité à la source ») : salaires, chômage, retraites et indemnités journalières sont préremplis ; vous déclarez vous-même pensions alimentaires, revenus d’indépendant, de l’étranger et du capital.',
    notMet: '',
  },
  to_declare: {
    met: 'Vous avez indiqué {list} : à déclarer vous-même.',
    notMet: '',
  },
  child_resources: {
    met: '{who} a ses propres ressources ({resources}), au moins égales à ce que sa présence ajoute au montant forfaitaire ({increase}) : ni cette personne ni ses ressources ne comptent dans le foyer.',
    notMet: '',
  },
} as const;

/**
 * The resources reason of the RSA and the prime d'activité: since the "solidarité à la source" (CAF
 * March 2025, MSA July 2025), the months M-4 to M-2 with pre-filled wages and benefits.
 */
const sourceMonths = new Map<string, Record<string, string>>();
function resourcesNote(ctx: Ctx, t: Trace, value: number): void {
  const caf = ctx.p('rsa.solidarite_a_la_source.caf') === 1;
  const msa = ctx.p('rsa.solidarite_a_la_source.msa') === 1;
  if (!caf && !msa) {
    t.note('resources', { value: euros(value) });
    return;
  }
  let months = sourceMonths.get(ctx.month);
  if (!months) {
    months = {
      month: monthName(ctx.month),
      who: msa ? 'la CAF et la MSA retiennent' : 'la CAF retient (la MSA à partir de juillet 2025)',
      from: monthName(shiftMonth(ctx.month, -4)),
      to: monthName(shiftMonth(ctx.month, -2)),
    };
    if (sourceMonths.size > 64) sourceMonths.clear();
    sourceMonths.set(ctx.month, months);
  }
  t.note('source_months', { ...months, value: euros(value) });
  const kinds = new Set<string>();
  for (const a of ctx.adults) {
    const i = a.member.incomes;
    if (i?.maintenanceReceived) kinds.add('une pension alimentaire');
    if (i?.selfEmployed) kinds.add('des revenus d’indépendant');
    if (i?.other) kinds.add('d’autres revenus');
  }
  if (kinds.size) t.note('to_declare', { list: [...kinds].join(', ') });
}

export const rsa: RightDefinition = {
  id: 'rsa',
  reads: RSA_READS,
  theme: 'ressources',
  label: 'Revenu de solidarité active (RSA)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'departement', 'ccas'],
  sources: [
    'https://www.legifrance.gouv.fr/affichTexteArticle.do?idArticle=LEGIARTI000020522717&cidTexte=JORFTEXT000020521930',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020526192/2022-01-21/',
    `${SP}F19778`,
  ],
  conditions: {
    age: {
      met: 'Âge : {age} ans, cela permet le RSA.',
      notMet:
        'Le RSA demande d’avoir 25 ans, ou 18 ans avec un enfant à charge ou une grossesse. (Le « RSA jeune actif » existe pour les 18-24 ans qui ont beaucoup travaillé.)',
      unknown: 'Il manque la date de naissance pour vérifier l’âge (25 ans, ou moins avec un enfant).',
    },
    student: {
      met: 'Vous n’êtes pas étudiant ou étudiante.',
      notMet: 'Les étudiants ne peuvent pas avoir le RSA, sauf exceptions (demandez à la CAF).',
    },
    ...RSA_PPA_CONDITIONS,
    amount: {
      met: 'Montant forfaitaire {base} pour votre foyer, moins vos ressources : {value} par mois.',
      notMet:
        'Vos ressources ({resources}) dépassent le montant forfaitaire du RSA pour votre foyer ({base}).',
    },
    majoration: {
      met: 'Parent seul avec un enfant de moins de 3 ans ou enceinte : le montant est majoré (RSA majoré).',
      notMet: 'Parent seul depuis moins de 12 mois ? Le RSA peut être majoré : demandez à la CAF.',
    },
    minimum: {
      met: '',
      notMet: 'Le montant calculé ({value}) est sous le minimum versé ({min}) : le RSA n’est pas payé.',
    },
  },
  evaluate(ctx, t) {
    const ages = ctx.adults.map((a) => a.age);
    const nAdults = ctx.adults.length === 2 || ctx.couple ? 2 : 1;
    const base = ctx.p('rsa.montant_forfaitaire');
    const { kids, income: kidsIncome } = rsaChildren(ctx, t, nAdults, base);
    const hasKid = kids.length > 0 || ctx.adults.some((a) => a.member.pregnant === true);
    const known = ages.filter((a): a is number => a !== undefined);
    const maxAge = known.length ? Math.max(...known) : undefined;
    const minAge = ctx.p('rsa.age_minimum');
    if (maxAge === undefined) t.unknown('age', [`${ctx.applicant.path}.birthDate`]);
    else if (!t.check('age', maxAge >= minAge || (maxAge >= 18 && hasKid), { age: maxAge }))
      return { amount: null };
    if (!t.check('student', !ctx.adults.every((a) => a.member.activity === 'student')))
      return { amount: null };
    if (residenceOk(t, ctx.applicant, ctx.p('rsa.duree_titre_sejour')) === false) return { amount: null };
    const socle = lumpSum(ctx, 'rsa', base, nAdults, kids.length);
    if (isolated(ctx)) {
      t.note('majoration');
    } else if (!ctx.couple && kids.length > 0) {
      t.reasons.push({ code: 'majoration', met: false, text: rsa.conditions.majoration?.notMet ?? '' });
    }
    const inc = adultsIncome(ctx, t);
    const benefits = countedBenefits(ctx, FAMILY_BENEFITS, true);
    if (benefits.names.length) t.note('benefits', { list: benefits.names.join(', ') });
    const resources = cents(inc.total + kidsIncome.total + benefits.total);
    resourcesNote(ctx, t, resources);
    const forfait = forfaitLogement(ctx, t, 'rsa', base, nAdults + kids.length);
    const value = cents(socle - forfait - resources);
    if (
      !t.check('amount', value > 0, { base: euros(socle), value: euros(value), resources: euros(resources) })
    )
      return { amount: null };
    const min = ctx.p('rsa.montant_minimum_verse');
    if (value < min) {
      t.check('minimum', false, { value: euros(value), min: euros(min) });
      return { amount: null };
    }
    return { amount: monthly(value) };
  },
};

export const ppa: RightDefinition = {
  id: 'ppa',
  reads: RSA_READS,
  theme: 'emploi',
  label: 'Prime d’activité',
  amountKind: 'monthly',
  contacts: ['caf', 'msa'],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037462909',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037873473',
    `${SP}F2882`,
  ],
  conditions: {
    age: {
      met: 'Vous avez 18 ans ou plus.',
      notMet: 'La prime d’activité demande d’avoir 18 ans ou plus.',
      unknown: 'Il manque la date de naissance pour vérifier l’âge (18 ans).',
    },
    activity: {
      met: 'Revenus d’activité du foyer : {value} par mois.',
      notMet: 'La prime d’activité demande des revenus d’activité (salaire ou travail indépendant).',
    },
    apprentice: {
      met: 'Étudiant ou apprenti ({who}) : revenus d’activité de {value}, au moins {floor} par mois, ils comptent.',
      notMet:
        'Étudiant ou apprenti ({who}) : revenus d’activité de {value}, sous le seuil de {floor} par mois, ils n’ouvrent pas droit à la prime.',
    },
    activity_counted: {
      met: '',
      notMet: 'Aucun revenu d’activité n’ouvre droit à la prime dans le foyer.',
    },
    aah_activity: {
      met: 'L’AAH compte comme un revenu d’activité, car la personne qui la reçoit travaille ({who}).',
      notMet: '',
    },
    bonus: { met: 'Bonification individuelle de {value} pour les revenus d’activité ({who}).', notMet: '' },
    ...RSA_PPA_CONDITIONS,
    amount: {
      met: 'Prime calculée : {value} par mois.',
      notMet: 'Vos ressources sont trop élevées : la prime calculée est nulle.',
    },
    minimum: {
      met: '',
      notMet: 'Le montant calculé ({value}) est sous le minimum versé ({min}) : la prime n’est pas payée.',
    },
  },
  evaluate(ctx, t) {
    const ages = ctx.adults.map((a) => a.age);
    const known = ages.filter((a): a is number => a !== undefined);
    if (known.length === 0) t.unknown('age', [`${ctx.applicant.path}.birthDate`]);
    else if (!t.check('age', Math.max(...known) >= ctx.p('ppa.age_minimum'))) return { amount: null };
    if (residenceOk(t, ctx.applicant, ctx.p('rsa.duree_titre_sejour')) === false) return { amount: null };
    const inc = adultsIncome(ctx, t);
    // Incomes not answered ("je ne sais pas"): the prime is neither proven nor excluded.
    if (inc.activity === 0 && ctx.adults.some((a) => !a.member.incomes)) return { amount: null };
    if (!t.check('activity', inc.activity > 0, { value: euros(cents(inc.activity)) }))
      return { amount: null };
    // Students and apprentices count only if they earn at least 169 h × SMIC × 55 % (art. L842-2 CSS).
    const floor = cents(169 * ctx.p('smic.horaire_brut') * ctx.p('ppa.apprenant.plancher_taux_smic'));
    let activity = 0;
    for (const a of ctx.adults) {
      const act = incomesOf(a).activity;
      if ((a.member.activity === 'student' || a.member.activity === 'apprentice') && act > 0) {
        t.check('apprentice', act >= floor, { who: who(a), value: euros(act), floor: euros(floor) });
        t.failed = false;
        if (act < floor) continue;
      }
      activity += act;
    }
    if (activity === 0) {
      t.check('activity_counted', false);
      return { amount: null };
    }
    const nAdults = ctx.couple ? 2 : 1;
    const base = ctx.p('ppa.montant_forfaitaire');
    const { kids, income: kidsIncome } = rsaChildren(ctx, t, nAdults, base);
    activity += kidsIncome.activity;
    const mf = lumpSum(ctx, 'ppa', base, nAdults, kids.length);
    const smic = ctx.p('smic.horaire_brut');
    const low = ctx.p('ppa.bonification.seuil_bas') * smic;
    const high = ctx.p('ppa.bonification.seuil_haut') * smic;
    const max = base * ctx.p('ppa.bonification.taux_max');
    let bonus = 0;
    for (const a of ctx.adults) {
      const act = incomesOf(a).activity;
      if (act < low) continue;
      if ((a.member.activity === 'student' || a.member.activity === 'apprentice') && act < floor) continue;
      const b = cents(act >= high ? max : (max * (act - low)) / (high - low));
      bonus += b;
      t.note('bonus', { value: euros(b), who: who(a) });
    }
    const benefits = countedBenefits(ctx, FAMILY_BENEFITS, true);
    if (benefits.names.length) t.note('benefits', { list: benefits.names.join(', ') });
    const resources = cents(inc.total + kidsIncome.total + benefits.total);
    resourcesNote(ctx, t, resources);
    // The AAH of a person who works enough (29 SMIC hours a month) counts as activity income.
    const aahResult = ctx.results.get('aah');
    if (paid(aahResult) && aahResult?.amount) {
      const worker = ctx.adults.find(
        (a) =>
          (a.member.disabilityRate ?? 0) >= 50 &&
          incomesOf(a).activity >= ctx.p('ppa.aah_comme_revenu_activite.seuil') * smic,
      );
      if (worker) {
        activity += aahResult.amount.value;
        t.note('aah_activity', { who: who(worker) });
      }
    }
    const forfait = forfaitLogement(ctx, t, 'ppa', base, nAdults + kids.length);
    const value = cents(
      mf + ctx.p('ppa.part_revenus_activite') * activity + bonus - Math.max(resources + forfait, mf),
    );
    if (!t.check('amount', value > 0, { value: euros(value) })) return { amount: null };
    const min = ctx.p('ppa.montant_minimum_verse');
    if (value < min) {
      t.check('minimum', false, { value: euros(value), min: euros(min) });
      return { amount: null };
    }
    return { amount: monthly(value) };
  },
};

export { aah } from './aah.js';
export { aspa } from './aspa.js';
export { ass } from './ass.js';
