// Housing and energy: aide au logement (order of magnitude), chèque énergie, FSL, logement social.
import { afterCrds, cents, type Ctx, euros } from '../context.js';
import { findValue } from '../parameters/index.js';
import { adultsIncome, monthName, SP, taxIncome } from './common.js';
import { communeZone, type Zone } from './housing-zone.js';
import type { RightDefinition, Trace } from './types.js';

const TENANT = new Set(['tenant', 'social_tenant', 'hostel']);

/** The commune's zone from the table of '@passerelle/rules/zones', else a guess from the département. */
function zoneOf(ctx: Ctx): { zone: Zone; exact: boolean } {
  const commune = ctx.situation.commune ?? '';
  const zone = communeZone(commune);
  if (zone) return { zone, exact: true };
  return { zone: ['75', '92', '93', '94'].includes(commune.slice(0, 2)) ? 1 : 2, exact: false };
}

const R0_KEYS = [
  'personne_seule',
  'un_enfant',
  'deux_enfants',
  'trois_enfants',
  'quatre_enfants',
  'cinq_enfants',
  'six_enfants',
] as const;
const TF_KEYS = ['personne_seule', 'un_enfant', 'deux_enfants', 'trois_enfants', 'quatre_enfants'] as const;

const rentCeiling = (ctx: Ctx, zone: Zone, couple: boolean, dependants: number): number => {
  if (dependants === 0)
    return ctx.p(
      couple
        ? `aide_logement.plafond_loyer.zone_${zone}.couple`
        : `aide_logement.plafond_loyer.zone_${zone}.personne_seule`,
    );
  return (
    ctx.p(`aide_logement.plafond_loyer.zone_${zone}.un_enfant`) +
    ctx.p(`aide_logement.plafond_loyer.zone_${zone}.par_enfant_supplementaire`) * (dependants - 1)
  );
};

/**
 * Yearly resources of the AL, rounded up to the next 100 €: the "revenus nets catégoriels" (CCH R822-4), i.e.
 * wages, unemployment and sick pay, pensions and alimony after the 10 % deduction; an RSA recipient's
 * earned income and unemployment benefits are neutralised (CCH R822-15); a student under 28 has the
 * flat student resources instead (CCH R822-20).
 */
function alResources(ctx: Ctx, t: Trace): number {
  adultsIncome(ctx, t);
  const a = ctx.applicant;
  if (
    a.member.activity === 'student' &&
    a.age !== undefined &&
    a.age < ctx.p('aide_logement.etudiant.age_max') &&
    !ctx.couple
  ) {
    const flat = ctx.p('aide_logement.etudiant.forfait_ressources');
    t.note('student', {
      value: euros(flat),
      less: euros(ctx.p('aide_logement.etudiant.minoration_boursier')),
    });
    return flat;
  }
  const rsa = ctx.receiving.has('rsa');
  const keep = 1 - ctx.p('aide_logement.deduction_revenus');
  let yearly = 0;
  for (const x of ctx.adults) {
    const i = x.member.incomes;
    if (!i) continue;
    const earned = rsa ? 0 : (i.salary ?? 0) + (i.unemploymentBenefit ?? 0);
    const deducted = earned + (i.sickPay ?? 0) + (i.pension ?? 0) + (i.maintenanceReceived ?? 0);
    yearly += 12 * (keep * deducted + (rsa ? 0 : (i.selfEmployed ?? 0)) + (i.other ?? 0));
  }
  if (rsa) t.note('neutralised');
  t.note('deduction');
  return Math.ceil(Math.round(yearly) / 100) * 100;
}

/** Abattement R0 read from the official scale (1 to 6 dependants), then per dependant beyond 6. */
export function abattementR0(ctx: Ctx, dependants: number): number {
  if (dependants === 0 && ctx.couple) return ctx.p('aide_logement.abattement_r0.couple');
  const key = R0_KEYS[Math.min(dependants, 6)] as (typeof R0_KEYS)[number];
  return (
    ctx.p(`aide_logement.abattement_r0.${key}`) +
    ctx.p('aide_logement.abattement_r0.par_enfant_supplementaire') * Math.max(dependants - 6, 0)
  );
}

function familyRate(ctx: Ctx, dom: boolean, n: number): number {
  if (dom) {
    const tf = ctx.list('aide_logement.dom.tf');
    if (n === 0) return tf[ctx.couple ? 1 : 0] as number;
    // Until 2022 the table stops at 6 dependants; since 2023, 7, then per dependant beyond.
    return (tf[1 + Math.min(n, tf.length - 2, 7)] as number) + (tf[9] ?? 0) * Math.max(n - 7, 0);
  }
  return n === 0 && ctx.couple
    ? ctx.p('aide_logement.tf.couple')
    : ctx.p(`aide_logement.tf.${TF_KEYS[Math.min(n, 4)] as (typeof TF_KEYS)[number]}`) +
        ctx.p('aide_logement.tf.par_enfant_supplementaire') * Math.max(n - 4, 0);
}

/**
 * Monthly AL before CRDS and before the minimum paid, to the cent, by the formula of CCH D823-16 and its
 * arrêté; `dom`: the overseas values of art. 46 of the arrêté du 27 septembre 2019.
 */
function alAmount(ctx: Ctx, zone: Zone, dom: boolean, rent: number, dependants: number, R: number): number {
  const n = dependants;
  // Overseas, up to 6 dependants for the rent ceiling (art. 46, 1°).
  const cap = dom ? Math.min(n, ctx.p('aide_logement.dom.limite_pac')) : n;
  const sharing = ctx.situation.housing?.sharing;
  const coef =
    sharing === 'flatshare'
      ? ctx.p('aide_logement.coefficient_colocation')
      : sharing === 'room' && !ctx.couple && n === 0
        ? ctx.p('aide_logement.coefficient_chambre')
        : 1;
  const ceiling = rentCeiling(ctx, zone, ctx.couple, cap) * coef;
  const L = Math.min(rent, ceiling);
  const [c0, c1] = dom
    ? (ctx.list('aide_logement.dom.forfait_charges') as [number, number])
    : [ctx.p('aide_logement.forfait_charges'), ctx.p('aide_logement.forfait_charges.par_enfant')];
  const C = c0 + c1 * n;
  const r0 = dom && n === 1 ? ctx.p('aide_logement.dom.r0_un_enfant') : abattementR0(ctx, n);
  const tf = familyRate(ctx, dom, n);
  const RL = L / rentCeiling(ctx, 2, ctx.couple, n);
  const s1 = ctx.p('aide_logement.tl.seuil_1');
  const s2 = ctx.p('aide_logement.tl.seuil_2');
  const TL =
    RL < s1
      ? 0
      : RL < s2
        ? ctx.p('aide_logement.tl.taux_2') * (RL - s1)
        : ctx.p('aide_logement.tl.taux_2') * (s2 - s1) + ctx.p('aide_logement.tl.taux_3') * (RL - s2);
  const P0 = Math.max(
    ctx.p('aide_logement.participation_minimale.taux') * (L + C),
    ctx.p('aide_logement.participation_minimale.forfait'),
  );
  // Tp applies to the yearly resources above R0 and gives a monthly participation.
  const Pp = P0 + (tf + TL) * Math.max(R - r0, 0);
  return cents(L + C - Pp - ctx.p('aide_logement.minoration_forfaitaire'));
}

/**
 * Monthly réduction de loyer de solidarité of an HLM tenant (CCH L442-2-1; arrêté du 27 février 2018): by
 * zone and household, when the monthly AL resources are under its ceiling; 0 over it; undefined where there is
 * no RLS (not HLM, overseas, before February 2018).
 */
function rlsAmount(ctx: Ctx, zone: Zone, n: number, R: number): number | undefined {
  if (ctx.situation.housing?.status !== 'social_tenant' || ctx.overseas || ctx.date < '2018-02-01')
    return undefined;
  const c = ctx.list(`aide_logement.rls.plafond.zone_${zone}`);
  const ceiling =
    n === 0
      ? c[ctx.couple ? 1 : 0]
      : (c[1 + Math.min(n, 6)] as number) + (c[8] as number) * Math.max(n - 6, 0);
  if (R / 12 >= (ceiling as number)) return 0;
  const m = ctx.list(`aide_logement.rls.montant.zone_${zone}`);
  return n === 0 ? (m[ctx.couple ? 1 : 0] as number) : (m[2] as number) + (m[3] as number) * (n - 1);
}

export const aide_logement: RightDefinition = {
  id: 'aide_logement',
  theme: 'logement',
  label: 'Aide au logement (APL, ALF ou ALS)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'adil'],
  sources: [
    'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000052212770',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038878905',
    `${SP}F12006`,
  ],
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
    overseas: {
      met: '',
      notMet: 'Outre-mer, l’aide au logement a son propre barème.',
      unknown: 'Outre-mer, l’aide au logement a son propre barème : le montant n’est pas calculé ici.',
    },
    zone: {
      met: 'Zone {zone} retenue d’après votre département : la zone exacte dépend de la commune.',
      notMet: '',
    },
    zone_commune: {
      met: 'Votre commune est en zone {zone} pour l’aide au logement.',
      notMet: '',
    },
    overseas_scale: {
      met: 'Barème de l’outre-mer (zone 2).',
      notMet: '',
    },
    overseas_r0: {
      met: 'Abattement de l’outre-mer pour une personne à charge : le dernier connu date de {year} ({r0}), à confirmer avec la CAF.',
      notMet: '',
    },
    deduction: {
      met: 'Salaires, chômage, indemnités et retraites comptent après la déduction de 10 % des impôts.',
      notMet: '',
    },
    neutralised: {
      met: 'Avec le RSA, vos salaires et votre chômage ne comptent pas (neutralisation).',
      notMet: '',
    },
    student: {
      met: 'Étudiant de moins de 28 ans : ressources forfaitaires de {value} par an ({less} de moins si vous êtes boursier).',
      notMet: '',
    },
    sharing: {
      met: 'Colocation ou chambre : le loyer plafond est réduit.',
      notMet: '',
    },
    rls: {
      met: 'Logement HLM : avec vos ressources, votre loyer baisse de {rls} par mois (réduction de loyer de solidarité) et l’aide de {cut} (98 % de cette somme) ; c’est compté ici.',
      notMet: '',
    },
    rls_over: {
      met: 'Logement HLM : vos ressources dépassent le plafond de la réduction de loyer de solidarité ; votre loyer et l’aide ne baissent pas.',
      notMet: '',
    },
    estimate: {
      met: 'Ordre de grandeur : loyer retenu {rent} (plafond {ceiling}), ressources de 12 mois {resources}, {minus} et la CRDS de 0,5 % déduits. Seule la CAF calcule le montant exact.',
      notMet:
        'D’après ce calcul, vos ressources sont trop élevées : l’aide serait sous le minimum versé ({min}).',
    },
    minimum: {
      met: '',
      notMet:
        'Selon la zone de votre commune, l’aide serait de {low} à {high} ; sous {min}, elle n’est pas versée.',
    },
    scale: {
      met: 'Le barème du {next} n’est pas encore dans nos données : nous utilisons celui du {from}.',
      notMet: '',
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
    // The overseas scale (art. 46) applies from October 2019 in the DROM, Saint-Barthélemy and Saint-Martin,
    // from 2022 in Mayotte (its own R0 before); not in Saint-Pierre-et-Miquelon. Every such commune is in
    // zone 2 (arrêté du 17 mars 1978).
    const commune = ctx.situation.commune ?? '';
    const dom = ctx.overseas;
    if (dom && (!/^97[1-46-8]/.test(commune) || ctx.date < (commune[2] === '6' ? '2022-01' : '2019-10'))) {
      t.unknown('overseas', []);
      return { status: 'possible', amount: null };
    }
    const dependants = ctx.children.filter((c) => c.age === undefined || c.age < 21).length;
    if (ctx.date < '2021-01-01') t.note('before_2021');
    // The scale is revalued every October: say so when the month is past a revaluation we lack.
    const stale = staleScale(ctx.date);
    if (stale) t.note('scale', stale);
    const { zone, exact } = dom ? { zone: 2 as const, exact: true } : zoneOf(ctx);
    const n = dependants;
    // The national R0 is revalued each January: an overseas value of an earlier year is not settled.
    const r0From = dom && n === 1 ? findValue('aide_logement.dom.r0_un_enfant', ctx.date)[0] : '';
    const unsettled = r0From !== '' && +r0From.slice(0, 4) < ctx.year;
    if (dom) t.note('overseas_scale');
    else t.note(exact ? 'zone_commune' : 'zone', { zone });
    if (unsettled)
      t.note('overseas_r0', {
        year: r0From.slice(0, 4),
        r0: euros(ctx.p('aide_logement.dom.r0_un_enfant')),
      });
    if (h.sharing === 'flatshare' || h.sharing === 'room') t.note('sharing');
    const R = alResources(ctx, t);
    const rent = h.rent;
    const min = ctx.p('aide_logement.montant_minimum_verse');
    // An HLM tenant's APL is lowered by 98 % of the RLS (CCH D823-16); overseas there is no APL, so no RLS.
    const cut = (rls?: number) => (rls ? rls * ctx.p('aide_logement.rls.fraction_baisse_al') : 0);
    const at = (z: Zone, rls = rlsAmount(ctx, z, dependants, R)) =>
      cents(alAmount(ctx, z, dom, rent, dependants, R) - cut(rls));
    const rls = rlsAmount(ctx, zone, dependants, R);
    if (rls) t.note('rls', { rls: euros(rls), cut: euros(cents(cut(rls))) });
    else if (rls === 0) t.note('rls_over');
    const value = at(zone, rls);
    // Without the zones table the zone is a guess from the département: the case is settled only when every
    // zone agrees (the aid is highest in zone 1 and lowest in zone 3). Overseas, every commune is in zone 2.
    const high = exact || value >= min ? value : at(1);
    const low = exact || value < min ? value : at(3);
    const ceiling = rentCeiling(
      ctx,
      zone,
      ctx.couple,
      dom ? Math.min(n, ctx.p('aide_logement.dom.limite_pac')) : n,
    );
    const vars = {
      rent: euros(cents(Math.min(rent, ceiling))),
      ceiling: euros(ceiling),
      resources: euros(R),
      minus: euros(ctx.p('aide_logement.minoration_forfaitaire')),
      min: euros(min),
    };
    if (high < min) {
      t.check('estimate', false, vars);
      return { status: unsettled ? 'possible' : 'not_eligible', amount: null };
    }
    if (value < min || low < min) {
      t.check('minimum', false, { low: euros(Math.max(low, 0)), high: euros(high), min: euros(min) });
      t.failed = false;
      if (value < min) return { status: 'possible', amount: null };
    }
    t.note('estimate', vars);
    // The AL is paid net of the 0.5 % CRDS (ordonnance 96-50, art. 14), like the family benefits.
    return {
      status: low >= min && !unsettled ? undefined : 'possible',
      amount: { value: afterCrds(value, ctx.p('crds.taux')), per: 'month', kind: 'estimate' },
    };
  },
};

const staleScales = new Map<string, { from: string; next: string } | undefined>();
/** The revaluation a month is past while its scale is not in the data yet (cached per month). */
function staleScale(date: string): { from: string; next: string } | undefined {
  if (staleScales.has(date)) return staleScales.get(date);
  const from = findValue('aide_logement.forfait_charges', date)[0];
  const next = `${+from.slice(0, 4) + 1}${from.slice(4)}`;
  const out = date >= next ? { from: monthLabel(from), next: monthLabel(next) } : undefined;
  if (staleScales.size > 64) staleScales.clear();
  staleScales.set(date, out);
  return out;
}

/** "1er octobre 2025" from 2025-10-01. */
const monthLabel = (date: string): string => `1er ${monthName(date)}`;

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
    let uc = ctx.p('cheque_energie.uc.premiere_personne');
    ctx.situation.household.members.forEach((m, i) => {
      if (i === 0) return;
      const share =
        i === 1
          ? ctx.p('cheque_energie.uc.deuxieme_personne')
          : ctx.p('cheque_energie.uc.personne_supplementaire');
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
  reads: ['rsa', 'css'],
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

/** Zone of the HLM ceilings from the commune (Paris, Île-de-France, other regions). */
function hlmZone(ctx: Ctx): 'paris' | 'ile_de_france' | 'autres_regions' {
  const dep = (ctx.situation.commune ?? '').slice(0, 2);
  if (dep === '75' || dep === '92' || dep === '93' || dep === '94') return 'paris';
  return ['77', '78', '91', '95'].includes(dep) ? 'ile_de_france' : 'autres_regions';
}

/**
 * Household size for the HLM ceilings (arrêté du 29 juillet 1987): categories 1 to 6, then per person.
 * A lone parent, a young couple (ages adding up to 55 at most) and a disabled member count one more.
 */
function hlmSize(ctx: Ctx): number {
  const members = ctx.situation.household.members;
  let n = members.length;
  if (!ctx.couple && ctx.children.length > 0) n++;
  const young =
    ctx.partner !== undefined &&
    ctx.applicant.age !== undefined &&
    ctx.partner.age !== undefined &&
    ctx.applicant.age + ctx.partner.age <= ctx.p('logement_social.jeune_menage.somme_ages');
  if (n === 2 && young) n = 3;
  if (members.some((m) => (m.disabilityRate ?? 0) >= 80)) n++;
  return n;
}

export const logement_social: RightDefinition = {
  id: 'logement_social',
  theme: 'logement',
  label: 'Demande de logement social',
  amountKind: 'none',
  contacts: ['mairie', 'ccas', 'adil', 'bailleur-social'],
  sources: [`${SP}F869`, 'https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000053307202/2026-01-01'],
  conditions: {
    housing: {
      met: 'Vous n’êtes pas déjà locataire d’un logement social ni propriétaire.',
      notMet:
        'Vous êtes déjà locataire d’un logement social ou propriétaire (une demande de mutation reste possible).',
      unknown: 'Nous ne savons pas comment vous êtes logé.',
    },
    ceilings: {
      met: 'Revenu fiscal de référence {rfr} : sous le plafond des logements sociaux les plus courants (PLUS, {plus} pour votre foyer, {zone}).',
      notMet:
        'Revenu fiscal de référence {rfr} : au-dessus du plafond le plus haut des logements sociaux (PLS, {pls} pour votre foyer, {zone}).',
    },
    pls: {
      met: 'Revenu fiscal de référence {rfr} : au-dessus du plafond PLUS ({plus}) mais sous celui des logements PLS ({pls}), moins nombreux.',
      notMet: '',
    },
    zone_guess: {
      met: 'Petite couronne : plafond de Paris et des communes limitrophes (plus bas ailleurs).',
      notMet: '',
    },
    plai: {
      met: 'Les logements très sociaux (PLAI) vont d’abord aux plus petits revenus : demandez si vous y avez droit.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const s = ctx.situation.housing?.status;
    if (s === undefined) t.unknown('housing', ['housing.status']);
    else if (!t.check('housing', s !== 'social_tenant' && s !== 'owner' && s !== 'owner_with_loan'))
      return { amount: null };
    const zone = hlmZone(ctx);
    const scale = ctx.list(`logement_social.plafond_plus.${zone}`);
    const n = hlmSize(ctx);
    const plus = (scale[Math.min(n, 6) - 1] as number) + (scale[6] as number) * Math.max(n - 6, 0);
    const pls = Math.floor(plus * ctx.p('logement_social.majoration_pls'));
    const rfr = taxIncome(ctx, t);
    const where =
      zone === 'paris'
        ? 'Paris et communes limitrophes'
        : zone === 'ile_de_france'
          ? 'Île-de-France'
          : 'hors Île-de-France';
    const vars = { rfr: euros(rfr.value), plus: euros(plus), pls: euros(pls), zone: where };
    if (zone === 'paris' && !(ctx.situation.commune ?? '').startsWith('75')) t.note('zone_guess');
    if (!t.check('ceilings', rfr.value <= pls, vars)) return { amount: null };
    if (rfr.value > plus) {
      t.reasons.pop();
      t.note('pls', vars);
      return { status: 'possible', amount: null };
    }
    // No official 2026 table of the PLAI ceilings was found: say they exist rather than guess them.
    t.note('plai');
    return { status: rfr.estimated || t.unsure ? 'possible' : 'eligible', amount: null };
  },
};
