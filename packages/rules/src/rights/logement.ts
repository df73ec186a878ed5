// Housing and energy: aide au logement (order of magnitude), chèque énergie, FSL, logement social.
import { cents, type Ctx, euros } from '../context.js';
import { adultsIncome, SP, taxIncome } from './common.js';
import type { RightDefinition } from './types.js';

const TENANT = new Set(['tenant', 'social_tenant', 'hostel']);

/** APL zone from the département (approximation: the official table goes commune by commune). */
function zoneOf(ctx: Ctx): { zone: 1 | 2 | 3; exact: boolean } {
  const dep = (ctx.situation.commune ?? '').slice(0, 2);
  if (['75', '92', '93', '94'].includes(dep)) return { zone: 1, exact: false };
  return { zone: 2, exact: false };
}

const rentCeiling = (ctx: Ctx, zone: number, couple: boolean, dependants: number): number => {
  const z = `aide_logement.plafond_loyer.zone_${zone}`;
  if (dependants === 0) return ctx.p(couple ? `${z}.couple` : `${z}.personne_seule`);
  return ctx.p(`${z}.un_enfant`) + ctx.p(`${z}.par_enfant_supplementaire`) * (dependants - 1);
};

export const aide_logement: RightDefinition = {
  id: 'aide_logement',
  theme: 'logement',
  label: 'Aide au logement (APL, ALF ou ALS)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'adil'],
  sources: ['https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770', `${SP}F12006`],
  conditions: {
    tenant: {
      met: 'Vous êtes locataire (ou en foyer) et payez un loyer.',
      notMet:
        'L’aide au logement est pour les locataires (ou résidents de foyer) ; les prêts signés depuis 2018 n’y ouvrent presque plus droit.',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
    rent: {
      met: 'Loyer indiqué : {rent} par mois.',
      notMet: 'Aucun loyer indiqué.',
      unknown: 'Il manque le montant du loyer.',
    },
    zone: {
      met: 'Zone {zone} retenue d’après votre département : la zone exacte dépend de la commune.',
      notMet: '',
    },
    estimate: {
      met: 'Ordre de grandeur seulement : loyer retenu {rent} (plafond {ceiling}), ressources des 12 derniers mois estimées à {resources}. Seule la CAF calcule le montant exact.',
      notMet:
        'D’après cet ordre de grandeur, vos ressources sont trop élevées pour une aide au logement (la CAF peut calculer autrement).',
    },
    before_2021: {
      met: 'Avant 2021, l’aide était calculée sur les revenus de l’année N-2 ; l’ordre de grandeur utilise vos revenus actuels.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const h = ctx.situation.housing;
    if (!h?.status) {
      t.unknown('tenant', ['housing.status']);
      return { amount: null };
    }
    if (!t.check('tenant', TENANT.has(h.status))) return { amount: null };
    if (h.rent === undefined) {
      t.unknown('rent', ['housing.rent']);
      return { amount: null };
    }
    if (!t.check('rent', h.rent > 0, { rent: euros(h.rent) })) return { amount: null };
    const dependants = ctx.children.filter((c) => c.age === undefined || c.age < 21).length;
    // Before 2021 the aid used the tax income of year N-2; the order of magnitude uses today's incomes.
    if (ctx.date < '2021-01-01') t.note('before_2021');
    const { zone } = zoneOf(ctx);
    t.note('zone', { zone });
    const ceiling = rentCeiling(ctx, zone, ctx.couple, dependants);
    const L = Math.min(h.rent, ceiling);
    const C =
      ctx.p('aide_logement.forfait_charges') + ctx.p('aide_logement.forfait_charges.par_enfant') * dependants;
    const inc = adultsIncome(ctx, t);
    // Resources of the last 12 months, approximated by today's incomes, rounded down to 100 €.
    const R = Math.floor((12 * inc.total) / 100) * 100;
    const r0Key =
      dependants === 0
        ? ctx.couple
          ? 'couple'
          : 'personne_seule'
        : ['un_enfant', 'deux_enfants', 'trois_enfants', 'quatre_enfants'][Math.min(dependants, 4) - 1];
    let R0 = ctx.p(`aide_logement.abattement_r0.${r0Key}`);
    if (dependants > 4)
      R0 += ctx.p('aide_logement.abattement_r0.par_enfant_supplementaire') * (dependants - 4);
    const tfKey =
      dependants === 0
        ? ctx.couple
          ? 'couple'
          : 'personne_seule'
        : ['un_enfant', 'deux_enfants', 'trois_enfants', 'quatre_enfants'][Math.min(dependants, 4) - 1];
    let TF = ctx.p(`aide_logement.tf.${tfKey}`);
    if (dependants > 4) TF += ctx.p('aide_logement.tf.par_enfant_supplementaire') * (dependants - 4);
    const ref = rentCeiling(ctx, 2, ctx.couple, dependants);
    const RL = L / ref;
    const s1 = ctx.p('aide_logement.tl.seuil_1');
    const s2 = ctx.p('aide_logement.tl.seuil_2');
    const TL =
      RL < s1
        ? 0
        : RL < s2
          ? ctx.p('aide_logement.tl.taux_2') * (RL - s1)
          : ctx.p('aide_logement.tl.taux_2') * (s2 - s1) + ctx.p('aide_logement.tl.taux_3') * (RL - s2);
    const Tp = TF + TL;
    const P0 = Math.max(
      ctx.p('aide_logement.participation_minimale.taux') * (L + C),
      ctx.p('aide_logement.participation_minimale.forfait'),
    );
    // Tp applies to the yearly resources above R0 and gives a monthly participation.
    const Pp = P0 + Tp * Math.max(R - R0, 0);
    // Minus the 5 € flat reduction; amounts under 10 € are not paid.
    const value = Math.floor(L + C - Pp - 5);
    const vars = { rent: euros(cents(L)), ceiling: euros(ceiling), resources: euros(R) };
    if (value < 10) {
      t.check('estimate', false, vars);
      // Close to the limit, the order of magnitude cannot exclude the right.
      return { status: value > -50 ? 'possible' : 'not_eligible', amount: null };
    }
    t.note('estimate', vars);
    return { amount: { value, per: 'month', kind: 'estimate' } };
  },
};

export const cheque_energie: RightDefinition = {
  id: 'cheque_energie',
  theme: 'logement',
  label: 'Chèque énergie',
  amountKind: 'yearly',
  contacts: ['france-services', 'ccas'],
  sources: ['https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043178875/', 'https://chequeenergie.gouv.fr/'],
  conditions: {
    housing: {
      met: 'Vous avez votre propre logement (locataire, propriétaire ou en foyer).',
      notMet: 'Le chèque énergie demande d’avoir son propre logement (pas hébergé gratuitement).',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
    ceiling: {
      met: 'Revenu fiscal de référence par unité de consommation ({uc} UC) : {perUc}, sous {limit}.',
      notMet:
        'Revenu fiscal de référence par unité de consommation ({uc} UC) : {perUc}, au-dessus de {limit}.',
    },
    declared: {
      met: 'Il faut avoir déclaré ses revenus aux impôts, même nuls.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const s = ctx.situation.housing?.status;
    if (s === undefined) t.unknown('housing', ['housing.status']);
    else if (!t.check('housing', s !== 'hosted_free' && s !== 'homeless')) return { amount: null };
    const persons = ctx.situation.household.members.length;
    let uc = 1;
    ctx.situation.household.members.forEach((m, i) => {
      if (i === 0) return;
      const share = i === 1 ? 0.5 : 0.3;
      uc += m.alternatingCustody ? share / 2 : share;
    });
    uc = Math.round(uc * 100) / 100;
    const rfr = taxIncome(ctx, t);
    const perUc = rfr.value / uc;
    const seuils = ctx.list('cheque_energie.seuils');
    const limit = seuils[seuils.length - 1] as number;
    const vars = { perUc: euros(Math.round(perUc)), limit: euros(limit), uc: String(uc).replace('.', ',') };
    if (!t.check('ceiling', perUc < limit, vars)) return { amount: null };
    let band = 0;
    while (band < seuils.length && perUc >= (seuils[band] as number)) band++;
    const key = uc <= 1 ? 'uc_1' : uc < 2 ? 'uc_1_2' : 'uc_2';
    const value = ctx.list(`cheque_energie.montants.${key}`)[band] ?? 0;
    if (value <= 0 || persons < 1) return { amount: null };
    t.note('declared');
    return {
      status: rfr.estimated || t.unsure ? 'possible' : 'eligible',
      amount: { value, per: 'year', kind: rfr.estimated ? 'estimate' : 'flat' },
    };
  },
};

function open(s: string | undefined): boolean {
  return s === 'eligible' || s === 'already_received' || s === 'possible';
}

function lowIncome(ctx: Ctx): boolean {
  const css = ctx.results.get('css');
  return open(ctx.results.get('rsa')?.status) || (open(css?.status) && css?.variant !== undefined);
}

export const fsl: RightDefinition = {
  id: 'fsl',
  theme: 'logement',
  label: 'Fonds de solidarité pour le logement (FSL)',
  amountKind: 'none',
  contacts: ['departement', 'ccas', 'caf'],
  sources: ['https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000159413', `${SP}F1334`],
  conditions: {
    housing: {
      met: 'Votre situation de logement peut relever du FSL (accès, maintien, énergie, eau).',
      notMet:
        'Le FSL aide les locataires, les personnes qui cherchent un logement et celles qui ont des impayés d’énergie.',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
    resources: {
      met: 'Vos ressources sont modestes : les plafonds du FSL sont fixés par chaque département.',
      notMet:
        'Vos ressources semblent au-dessus des plafonds habituels du FSL (fixés par chaque département).',
    },
  },
  evaluate(ctx, t) {
    const s = ctx.situation.housing?.status;
    if (s === undefined) t.unknown('housing', ['housing.status']);
    else if (!t.check('housing', s !== 'owner' && s !== 'owner_with_loan')) return { amount: null };
    if (!t.check('resources', lowIncome(ctx))) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const logement_social: RightDefinition = {
  id: 'logement_social',
  theme: 'logement',
  label: 'Demande de logement social',
  amountKind: 'none',
  contacts: ['mairie', 'ccas', 'adil', 'bailleur-social'],
  sources: [`${SP}F869`],
  conditions: {
    housing: {
      met: 'Vous n’êtes pas déjà locataire d’un logement social ni propriétaire.',
      notMet:
        'Vous êtes déjà locataire d’un logement social ou propriétaire (une demande de mutation reste possible).',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
    ceilings: {
      met: 'Les plafonds de ressources dépendent de la zone et de la taille du foyer ; la plupart des ménages modestes sont sous ces plafonds.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const s = ctx.situation.housing?.status;
    if (s === undefined) t.unknown('housing', ['housing.status']);
    else if (!t.check('housing', s !== 'social_tenant' && s !== 'owner' && s !== 'owner_with_loan'))
      return { amount: null };
    t.note('ceilings');
    return { status: 'possible', amount: null };
  },
};
