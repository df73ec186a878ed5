// Minimum incomes: RSA, prime d'activité, AAH, ASPA, ASS.
import { cents, type Ctx, euros, type Person } from '../context.js';
import { shiftMonth } from '../dates.js';
import type { RightResult } from '../result.js';
import {
  adultsIncome,
  childrenAged,
  incomesOf,
  monthName,
  pastRetirementAge,
  residenceOk,
  retirementAgeMonths,
  SP,
  who,
  yearsAndMonths,
} from './common.js';
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

/** Children counted in the RSA/PPA household: under 25. */
const rsaChildren = (ctx: Ctx): Person[] => ctx.children.filter((c) => c.age === undefined || c.age < 25);

/** Lone parent with a child under 3, or pregnant: the "majoration pour isolement". */
function isolated(ctx: Ctx): boolean {
  if (ctx.couple) return false;
  const young = childrenAged(ctx, 0, ctx.p('rsa.majoration_isolement.age_enfant') - 1).length > 0;
  return young || ctx.applicant.member.pregnant === true;
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
  reads: ['aide_logement', 'af', 'cf', 'paje_base', 'asf', 'aah', 'aspa', 'ass'],
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
    const kids = rsaChildren(ctx);
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
    const nAdults = ctx.adults.length === 2 || ctx.couple ? 2 : 1;
    const base = ctx.p('rsa.montant_forfaitaire');
    let socle = cents(base * householdCoefficient(ctx, nAdults, kids.length));
    if (isolated(ctx)) {
      socle = Math.max(
        socle,
        cents(
          base *
            (ctx.p('rsa.majoration_isolement.base') +
              ctx.p('rsa.majoration_isolement.par_enfant') * kids.length),
        ),
      );
      t.note('majoration');
    } else if (!ctx.couple && kids.length > 0) {
      t.reasons.push({ code: 'majoration', met: false, text: rsa.conditions.majoration?.notMet ?? '' });
    }
    const inc = adultsIncome(ctx, t);
    const benefits = countedBenefits(ctx, FAMILY_BENEFITS, true);
    if (benefits.names.length) t.note('benefits', { list: benefits.names.join(', ') });
    const resources = cents(inc.total + benefits.total);
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
    return { amount: { value, per: 'month', kind: 'estimate' } };
  },
};

export const ppa: RightDefinition = {
  id: 'ppa',
  reads: ['aide_logement', 'af', 'cf', 'paje_base', 'asf', 'aah', 'aspa', 'ass'],
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
    const kids = rsaChildren(ctx);
    const nAdults = ctx.couple ? 2 : 1;
    const base = ctx.p('ppa.montant_forfaitaire');
    let mf = cents(base * householdCoefficient(ctx, nAdults, kids.length));
    if (isolated(ctx))
      mf = Math.max(
        mf,
        cents(
          base *
            (ctx.p('ppa.majoration_isolement.base') +
              ctx.p('ppa.majoration_isolement.par_enfant') * kids.length),
        ),
      );
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
    const resources = cents(inc.total + benefits.total);
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
    return { amount: { value, per: 'month', kind: 'estimate' } };
  },
};

/** Activity income counted for the AAH after the 80 % / 40 % allowances. */
function aahActivity(ctx: Ctx, monthly: number): number {
  const threshold = ctx.p('aah.abattement_activite.seuil_smic') * ctx.p('smic.horaire_brut') * 151.67;
  const allowance =
    ctx.p('aah.abattement_activite.taux_bas') * Math.min(monthly, threshold) +
    ctx.p('aah.abattement_activite.taux_haut') * Math.max(monthly - threshold, 0);
  return monthly - allowance;
}

export const aah: RightDefinition = {
  id: 'aah',
  theme: 'ressources',
  label: 'Allocation aux adultes handicapés (AAH)',
  amountKind: 'monthly',
  contacts: ['mdph', 'caf', 'msa'],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097719',
    'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
    `${SP}F12242`,
  ],
  conditions: {
    rate: {
      met: 'Taux d’incapacité ({who}) : {rate} %{extra}.',
      notMet:
        'L’AAH demande un taux d’incapacité d’au moins 80 %, ou de 50 à 79 % avec une restriction durable d’accès à l’emploi (RSDAE) reconnue par la MDPH.',
      unknown:
        'Avec un taux de 50 à 79 %, il faut une restriction substantielle et durable d’accès à l’emploi (RSDAE) reconnue par la MDPH.',
    },
    no_rate: {
      met: '',
      notMet: 'Aucun taux d’incapacité reconnu par la MDPH n’a été indiqué.',
    },
    age: {
      met: 'Âge ({who}) : {age} ans, 20 ans au moins.',
      notMet:
        'L’AAH commence à 20 ans (16 ans si l’enfant n’est plus à charge) ; avec un taux de 50 à 79 %, elle s’arrête à l’âge légal de la retraite, qui dépend de l’année de naissance ({max} ici).',
      unknown: 'Il manque la date de naissance ({who}).',
    },
    couple_rfr: {
      met: 'Revenus du couple retenus : revenu fiscal de référence de {value} (année N-2), après l’abattement sur les revenus du conjoint.',
      notMet: '',
      unknown:
        'Pour ce mois, l’AAH dépend des revenus du couple de l’année N-2 : indiquez le revenu fiscal de référence.',
    },
    partner_income: {
      met: 'Depuis octobre 2023, les revenus du conjoint ne comptent plus pour l’AAH.',
      notMet: 'Pour ce mois, les revenus du conjoint comptent encore pour l’AAH (avant octobre 2023).',
    },
    amount: {
      met: 'Ressources prises en compte : {resources} par an ; plafond {ceiling} : AAH de {value} par mois.',
      notMet: 'Vos ressources ({resources} par an) dépassent le plafond ({ceiling}).',
    },
  },
  evaluate(ctx, t) {
    let total = 0;
    let any = false;
    // Grown children (20 or more) living with their parents can get the AAH in their own right.
    const candidates = [
      ...ctx.adults,
      ...ctx.children.filter((c) => c.age !== undefined && c.age >= 20),
      ...ctx.others.filter((c) => c.age !== undefined && c.age >= 20),
    ];
    for (const a of candidates) {
      const adult = ctx.adults.includes(a);
      const rate = a.member.disabilityRate;
      if (rate === undefined || rate < 50) continue;
      any = true;
      const full = rate >= ctx.p('aah.taux_incapacite') * 100;
      // Age first: a person past the age limits is excluded whatever the other answers.
      if (a.age === undefined || !a.member.birthDate)
        t.unknown('age', [`${a.path}.birthDate`], { who: who(a) });
      else if (
        !t.check('age', a.age >= ctx.p('aah.age_minimum') && (full || !pastRetirementAge(ctx, a)), {
          who: who(a),
          age: a.age,
          max: yearsAndMonths(retirementAgeMonths(ctx, a.member.birthDate)),
        })
      )
        continue;
      if (!full) {
        if (a.member.rsdae === undefined) {
          t.unknown('rate', [`${a.path}.rsdae`]);
        } else if (!t.check('rate', a.member.rsdae, { who: who(a), rate, extra: ' avec RSDAE' })) continue;
      } else t.check('rate', true, { who: who(a), rate, extra: '' });
      const deconj = ctx.p('aah.deconjugalisation') === 1;
      const kids = adult ? ctx.children.filter((c) => c.age === undefined || c.age < 20).length : 0;
      const montant = ctx.p('aah.montant');
      const own = incomesOf(a);
      let resources = 12 * (aahActivity(ctx, own.activity) + own.replacement + own.other);
      if (!a.member.incomes) t.unknown('incomes', [`${a.path}.incomes`], { who: who(a) });
      let ceiling = 12 * montant * (1 + ctx.p('aah.plafond.majoration_par_enfant') * kids);
      const other = ctx.adults.find((x) => x !== a);
      if (ctx.couple && adult) {
        t.check('partner_income', deconj);
        t.failed = t.failed && deconj; // informative
        if (!deconj) {
          ceiling =
            12 *
            montant *
            (1 + ctx.p('aah.plafond.majoration_couple') + ctx.p('aah.plafond.majoration_par_enfant') * kids);
          if (other) {
            // The couple's resources of year N-2 (tax return), with the allowance on the partner's
            // income: no current-income guess here, the answer is asked.
            const rfr = ctx.situation.taxReferenceIncome;
            if (rfr === undefined) {
              t.unknown('couple_rfr', ['taxReferenceIncome']);
            } else {
              const since2022 = ctx.date >= '2022-01-01';
              resources = since2022
                ? Math.max(
                    0,
                    rfr -
                      (ctx.p('aah.abattement_conjoint.forfait') +
                        ctx.p('aah.abattement_conjoint.par_enfant') * kids),
                  )
                : rfr * 0.8;
              t.note('couple_rfr', { value: euros(rfr) });
            }
          }
        }
      }
      resources = Math.round(resources);
      const value = cents(Math.min(montant, (ceiling - resources) / 12));
      if (
        !t.check('amount', value > 0, {
          resources: euros(resources),
          ceiling: euros(Math.round(ceiling)),
          value: euros(value),
        })
      )
        continue;
      total += value;
    }
    if (!any) {
      t.check('no_rate', false);
      for (const a of ctx.adults)
        if (a.member.disabilityRate === undefined) t.need([`${a.path}.disabilityRate`]);
      return { status: 'not_eligible', amount: null };
    }
    if (total <= 0)
      return t.unsure ? { status: 'possible', amount: null } : { status: 'not_eligible', amount: null };
    t.failed = false;
    return { amount: { value: cents(total), per: 'month', kind: 'estimate' } };
  },
};

export const aspa: RightDefinition = {
  id: 'aspa',
  theme: 'ressources',
  label: 'Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse)',
  amountKind: 'monthly',
  contacts: ['carsat', 'msa', 'ccas', 'mairie', 'caisse-retraite'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047633276/2023-09-01', `${SP}F16871`],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans{extra}.',
      notMet:
        'L’ASPA demande d’avoir 65 ans (ou l’âge légal de la retraite en cas d’inaptitude au travail ou de handicap).',
      unknown: 'Il manque la date de naissance ({who}).',
    },
    amount: {
      met: 'Ressources prises en compte : {resources} par an, plafond {ceiling} : ASPA de {value} par mois.',
      notMet: 'Vos ressources ({resources} par an) dépassent le plafond ({ceiling}).',
    },
    approx: {
      met: 'Les revenus d’activité ne comptent qu’au-delà de {allowance} par mois (abattement forfaitaire, calculé ici sur le SMIC mensuel brut).',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const eligible: Person[] = [];
    for (const a of ctx.adults) {
      if (a.age === undefined) {
        t.unknown('age', [`${a.path}.birthDate`], { who: who(a) });
        continue;
      }
      const early =
        pastRetirementAge(ctx, a) &&
        (a.member.activity === 'unfit_for_work' || (a.member.disabilityRate ?? 0) >= 50);
      if (a.age >= ctx.p('aspa.age_minimum') || early) {
        t.check('age', true, {
          who: who(a),
          age: a.age,
          extra: early && a.age < 65 ? ' (inaptitude ou handicap)' : '',
        });
        eligible.push(a);
      }
    }
    if (eligible.length === 0) {
      if (!t.unsure) t.check('age', false);
      return { amount: null };
    }
    if (residenceOk(t, eligible[0] as Person, ctx.p('aspa.duree_titre_sejour')) === false)
      return { amount: null };
    const inc = adultsIncome(ctx, t, ctx.couple ? ctx.adults : eligible);
    const ceiling = ctx.couple ? ctx.p('aspa.plafond.couple') : ctx.p('aspa.plafond.personne_seule');
    const max =
      ctx.couple && eligible.length === 2
        ? ctx.p('aspa.plafond.couple')
        : ctx.p('aspa.plafond.personne_seule');
    // Earned income is counted after a flat allowance of 0.9 (single) or 1.5 (couple) monthly SMIC.
    const smicMonth = ctx.p('smic.horaire_brut') * 151.67;
    const allowance =
      smicMonth *
      (ctx.couple
        ? ctx.p('aspa.abattement_activite.couple')
        : ctx.p('aspa.abattement_activite.personne_seule'));
    const resources = Math.round(12 * (inc.total - Math.min(inc.activity, allowance)));
    const value = cents(Math.min(max, ceiling - resources) / 12);
    if (inc.activity > 0) t.note('approx', { allowance: euros(cents(allowance)) });
    if (
      !t.check('amount', value > 0, {
        resources: euros(resources),
        ceiling: euros(ceiling),
        value: euros(value),
      })
    )
      return { amount: null };
    return { amount: { value, per: 'month', kind: 'estimate' } };
  },
};

export const ass: RightDefinition = {
  id: 'ass',
  theme: 'emploi',
  label: 'Allocation de solidarité spécifique (ASS)',
  amountKind: 'monthly',
  contacts: ['france-travail'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018525084', `${SP}F12484`],
  conditions: {
    unemployed: {
      met: 'Demande d’emploi en cours ({who}).',
      notMet: 'L’ASS est pour les demandeurs d’emploi.',
    },
    exhausted: {
      met: 'Les droits au chômage sont épuisés.',
      notMet: 'L’ASS vient après la fin des droits au chômage (ARE).',
      unknown: 'Il faut savoir si les droits au chômage (ARE) sont terminés.',
    },
    worked: {
      met: 'Vous avez travaillé au moins 5 ans dans les 10 dernières années.',
      notMet: 'L’ASS demande 5 ans de travail dans les 10 ans avant la fin du contrat.',
      unknown: 'Il faut savoir si vous avez travaillé 5 ans dans les 10 dernières années.',
    },
    amount: {
      met: 'Ressources du foyer : {resources} par mois, plafond {ceiling} : ASS de {value} par mois.',
      notMet:
        'Les ressources du foyer ({resources} par mois) dépassent le plafond ({ceiling}), ou l’ASS serait inférieure à une journée.',
    },
  },
  evaluate(ctx, t) {
    const a = ctx.adults.find((x) => x.member.activity === 'unemployed');
    if (!t.check('unemployed', a !== undefined, { who: a ? who(a) : '' }) || !a) return { amount: null };
    const ex = a.member.unemploymentRightsExhausted;
    if (ex === undefined) t.unknown('exhausted', [`${a.path}.unemploymentRightsExhausted`]);
    else if (!t.check('exhausted', ex)) return { amount: null };
    const w = a.member.workedFiveOfLastTenYears;
    if (w === undefined) t.unknown('worked', [`${a.path}.workedFiveOfLastTenYears`]);
    else if (!t.check('worked', w)) return { amount: null };
    const day = ctx.p('ass.montant_journalier');
    const inc = adultsIncome(ctx, t);
    const resources = cents(inc.total - (a.member.incomes?.unemploymentBenefit ?? 0));
    const ceiling = cents(
      day * (ctx.couple ? ctx.p('ass.plafond.couple') : ctx.p('ass.plafond.personne_seule')),
    );
    const value = cents(Math.min(30 * day, ceiling - resources));
    if (
      !t.check('amount', value >= day, {
        resources: euros(resources),
        ceiling: euros(ceiling),
        value: euros(value),
      })
    )
      return { amount: null };
    return { amount: { value, per: 'month', kind: 'estimate' } };
  },
};
