// Minimum incomes and old age added with issue 15: prime de Noël, ASI, MVA, allocation de veuvage,
// pension de réversion, demande de retraite, aide ménagère, aide à la complémentaire santé after 65,
// Point conseil budget. Texts for acting on them: ./details.ts.
import { cents, type Ctx, euros, type Person } from '../context.js';
import { adultsIncome, incomesOf, monthly, SP, who } from './common.js';
import { householdCoefficient } from './ressources.js';
import { pSince } from './since.js';
import { MODEST_READS, modest, ok } from './steps.js';
import type { RightDefinition, Trace } from './types.js';

const opened = (ctx: Ctx, id: string): 'yes' | 'maybe' | 'no' => {
  if (ctx.receiving.has(id)) return 'yes';
  const s = ctx.results.get(id)?.status;
  return s === 'eligible' || s === 'already_received' ? 'yes' : s === 'possible' ? 'maybe' : 'no';
};

export const prime_noel: RightDefinition = {
  id: 'prime_noel',
  reads: ['rsa', 'ass'],
  theme: 'ressources',
  label: 'Prime de Noël (aide exceptionnelle de fin d’année)',
  amountKind: 'yearly',
  contacts: ['caf', 'msa', 'france-travail'],
  sources: [
    'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037814755',
    'https://www.legifrance.gouv.fr/eli/decret/2023/12/14/2023-1184/jo/texte',
  ],
  conditions: {
    minimum: {
      met: 'Vous recevez (ou pouvez recevoir) {which} : la prime de Noël est versée mi-décembre, sans démarche, à qui y a droit en novembre ou en décembre.',
      notMet:
        'La prime de Noël est pour les personnes qui reçoivent le RSA, l’ASS ou l’AER en novembre ou en décembre.',
    },
    amount: {
      met: 'Montant pour votre foyer : {value} ({persons}), fixé chaque année par décret (152,45 € pour une personne seule). Elle est versée une fois, en décembre : ce n’est pas un revenu mensuel.',
      notMet: '',
    },
    mayotte: {
      met: 'À Mayotte, les montants sont différents (environ la moitié) : nous ne les calculons pas.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const rsa = opened(ctx, 'rsa');
    const ass = opened(ctx, 'ass');
    const which = rsa !== 'no' ? 'le RSA' : 'l’ASS';
    if (!t.check('minimum', rsa !== 'no' || ass !== 'no', { which })) return { amount: null };
    if (ctx.situation.commune?.startsWith('976')) {
      t.note('mayotte');
      return { status: 'possible', amount: null };
    }
    // RSA: the RSA household coefficient; ASS alone: flat, raised for a lone parent by the children.
    const children = ctx.children.filter((c) => c.age === undefined || c.age < 25).length;
    const adults = ctx.couple ? 2 : 1;
    const coef = rsa !== 'no' || !ctx.couple ? householdCoefficient(ctx, adults, children) : 1;
    const base = pSince(ctx, 'prime_noel.montant_base');
    if (base === undefined) return { status: 'possible', amount: null };
    const value = Math.round(base * coef * 100 + 1e-6) / 100;
    const persons = `${adults + children} personne${adults + children > 1 ? 's' : ''}`;
    t.note('amount', { value: euros(value), persons });
    const sure = rsa === 'yes' || ass === 'yes';
    // "possible" amounts are estimates (the contract): the right they follow is not settled yet.
    const kind = sure ? 'flat' : 'estimate';
    return { status: sure ? 'eligible' : 'possible', amount: { value, per: 'year', kind } };
  },
};

/** Under the legal retirement age (62 to 64 depending on the year of birth): true, false or unsure. */
function beforeRetirementAge(ctx: Ctx, x: Person): boolean | undefined {
  if (x.age === undefined) return undefined;
  if (x.age < ctx.p('retraite.age_legal_min')) return true;
  return x.age >= ctx.p('retraite.age_legal_max') ? false : undefined;
}

export const asi: RightDefinition = {
  id: 'asi',
  theme: 'ressources',
  label: 'Allocation supplémentaire d’invalidité (ASI)',
  amountKind: 'monthly',
  contacts: ['cpam', 'msa', 'carsat'],
  sources: [
    'https://www.ameli.fr/assure/droits-demarches/invalidite-handicap/invalidite/allocation-supplementaire-invalidite-asi',
    'https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2025_13_03042025.pdf',
  ],
  conditions: {
    invalid: {
      met: 'Vous ne pouvez pas travailler pour raison de santé ({who}) : l’ASI complète une pension d’invalidité (ou de veuf ou veuve invalide) si les ressources sont faibles.',
      notMet:
        'L’ASI complète une pension d’invalidité : elle concerne les personnes qui ne peuvent plus travailler pour raison de santé.',
    },
    age: {
      met: 'Vous n’avez pas atteint l’âge légal de la retraite.',
      notMet: 'Après l’âge légal de la retraite, c’est l’ASPA qui prend le relais.',
      unknown: 'L’ASI s’arrête à l’âge légal de la retraite (62 à 64 ans selon l’année de naissance).',
    },
    amount: {
      met: 'Ressources du foyer : {resources} par mois, plafond {ceiling} : ASI estimée à {value} par mois (le plafond d’avril 2025 est le dernier que nous ayons ; les revenus d’activité ont un abattement que nous ne calculons pas).',
      notMet: 'Les ressources du foyer ({resources} par mois) dépassent le plafond de l’ASI ({ceiling}).',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find((a) => a.member.activity === 'unfit_for_work');
    if (!t.check('invalid', !!x, { who: x ? who(x) : '' }) || !x) return { amount: null };
    const young = beforeRetirementAge(ctx, x);
    if (young === undefined) t.unknown('age', [`${x.path}.birthDate`]);
    else if (!t.check('age', young)) return { amount: null };
    const yearly = pSince(ctx, ctx.couple ? 'asi.plafond.couple' : 'asi.plafond.personne_seule');
    if (yearly === undefined) return { status: 'possible', amount: null };
    // The Cnav publishes the monthly ceiling truncated to the cent (10 978,30 € / 12 → 914,85 €).
    const ceiling = Math.floor((yearly / 12) * 100 + 1e-9) / 100;
    const resources = cents(adultsIncome(ctx, t).total);
    const value = cents(ceiling - resources);
    const vars = { resources: euros(resources), ceiling: euros(ceiling), value: euros(value) };
    if (!t.check('amount', value > 0, vars)) return { amount: null };
    return { status: 'possible', amount: monthly(value) };
  },
};

export const mva: RightDefinition = {
  id: 'mva',
  reads: ['aah', 'aide_logement'],
  theme: 'ressources',
  label: 'Majoration pour la vie autonome (MVA)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'mdph'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000019505277/', 'https://www.caf.fr/'],
  conditions: {
    aah80: {
      met: 'AAH avec un taux d’incapacité d’au moins 80 % ({who}).',
      notMet: 'La MVA s’ajoute à l’AAH des personnes dont le taux d’incapacité est d’au moins 80 %.',
    },
    housing: {
      met: 'Vous avez votre logement et une aide au logement.',
      notMet: 'La MVA demande d’avoir son propre logement et de recevoir une aide au logement.',
      unknown: 'Il faut savoir si vous recevez une aide au logement pour votre propre logement.',
    },
    no_work: {
      met: 'Vous n’avez pas de revenus d’activité : MVA de {value} par mois.',
      notMet: 'La MVA n’est pas versée avec des revenus d’activité.',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find((a) => (a.member.disabilityRate ?? 0) >= 80);
    const aah = opened(ctx, 'aah');
    if (!t.check('aah80', !!x && aah !== 'no', { who: x ? who(x) : '' }) || !x) return { amount: null };
    const al = opened(ctx, 'aide_logement');
    const status = ctx.situation.housing?.status;
    if (status === 'hosted_free' || status === 'homeless' || al === 'no') {
      t.check('housing', false);
      return { amount: null };
    }
    if (status === undefined) t.unknown('housing', ['housing.status']);
    else t.check('housing', true);
    const value = ctx.p('mva.montant');
    if (!t.check('no_work', incomesOf(x).activity === 0, { value: euros(value) })) return { amount: null };
    const sure = aah === 'yes' && al === 'yes';
    const settled = sure && !t.unsure;
    return {
      status: settled ? 'eligible' : 'possible',
      amount: monthly(value, !settled),
    };
  },
};

const WIDOW_CONDITION = {
  met: 'Votre mari ou votre femme est décédé.',
  notMet: 'Cette aide concerne une personne dont le mari ou la femme est décédé.',
  unknown: 'Si votre mari ou votre femme est décédé, dites-le : des aides existent.',
};

/** The applicant is widowed and does not live as a couple again; records the check. */
function widowed(ctx: Ctx, t: Trace): boolean {
  return t.check('widowed', ctx.applicant.member.widowed === true && !ctx.couple);
}

export const allocation_veuvage: RightDefinition = {
  id: 'allocation_veuvage',
  theme: 'ressources',
  label: 'Allocation de veuvage',
  amountKind: 'monthly',
  contacts: ['carsat', 'msa', 'caisse-retraite'],
  sources: [
    'Code de la sécurité sociale, art. L356-1 à L356-4 et D356-1 à D356-3',
    'https://www.lassuranceretraite.fr/',
  ],
  conditions: {
    widowed: WIDOW_CONDITION,
    age: {
      met: 'Vous avez moins de 55 ans ({age} ans).',
      notMet: 'À partir de 55 ans, c’est la pension de réversion qui prend le relais.',
      unknown: 'L’allocation de veuvage est pour les moins de 55 ans : il manque votre date de naissance.',
    },
    amount: {
      met: 'Vos ressources : {resources} par mois, plafond {ceiling} : allocation de {value} par mois, pendant 2 ans (jusqu’à 55 ans si vous aviez 50 ans au décès). Il faut avoir été marié, et que votre conjoint ait cotisé au moins 3 mois dans l’année avant le décès.',
      notMet: 'Vos ressources ({resources} par mois) dépassent le plafond ({ceiling}).',
    },
  },
  evaluate(ctx, t) {
    if (!widowed(ctx, t)) return { amount: null };
    const age = ctx.applicant.age;
    if (age === undefined) t.unknown('age', [`${ctx.applicant.path}.birthDate`]);
    else if (!t.check('age', age < ctx.p('reversion.age_minimum'), { age })) return { amount: null };
    const full = pSince(ctx, 'veuvage.montant');
    if (full === undefined) return { status: 'possible', amount: null };
    const ceiling = cents((full * ctx.p('veuvage.plafond_trimestriel')) / 3);
    const resources = cents(incomesOf(ctx.applicant).total);
    if (!ctx.applicant.member.incomes) t.need([`${ctx.applicant.path}.incomes`]);
    const value = cents(Math.min(full, ceiling - resources));
    const vars = { resources: euros(resources), ceiling: euros(ceiling), value: euros(value) };
    if (!t.check('amount', value > 0, vars)) return { amount: null };
    return { status: 'possible', amount: monthly(value) };
  },
};

export const pension_reversion: RightDefinition = {
  id: 'pension_reversion',
  theme: 'ressources',
  label: 'Pension de réversion',
  amountKind: 'monthly',
  contacts: ['carsat', 'msa', 'caisse-retraite'],
  sources: ['Code de la sécurité sociale, art. L353-1 et D353-1-1', 'https://www.info-retraite.fr/'],
  conditions: {
    widowed: WIDOW_CONDITION,
    age: {
      met: 'Vous avez 55 ans ou plus ({age} ans).',
      notMet: 'Au régime général, la réversion commence à 55 ans ; avant, voyez l’allocation de veuvage.',
      unknown: 'La réversion du régime général demande 55 ans : il manque votre date de naissance.',
    },
    ceiling: {
      met: 'Vos ressources ({resources} par an) sont sous le plafond ({ceiling}) : la réversion du régime général est 54 % de la retraite de votre conjoint. La retraite complémentaire (Agirc-Arrco) verse 60 %, sans condition de ressources.',
      notMet:
        'Vos ressources ({resources} par an) dépassent le plafond du régime général ({ceiling}) ; la réversion de la retraite complémentaire (Agirc-Arrco) reste possible, sans condition de ressources.',
    },
  },
  evaluate(ctx, t) {
    if (!widowed(ctx, t)) return { amount: null };
    const age = ctx.applicant.age;
    if (age === undefined) t.unknown('age', [`${ctx.applicant.path}.birthDate`]);
    else if (!t.check('age', age >= ctx.p('reversion.age_minimum'), { age })) return { amount: null };
    const ceiling = cents(
      ctx.p('reversion.plafond_heures_smic') * ctx.pAt('smic.horaire_brut', `${ctx.year}-01-01`),
    );
    const resources = cents(12 * incomesOf(ctx.applicant).total);
    if (!ctx.applicant.member.incomes) t.need([`${ctx.applicant.path}.incomes`]);
    t.check('ceiling', resources <= ceiling, { resources: euros(resources), ceiling: euros(ceiling) });
    // Above the ceiling the complementary pension still pays: the right stays worth asking.
    t.failed = false;
    return { status: 'possible', amount: null };
  },
};

export const demande_retraite: RightDefinition = {
  id: 'demande_retraite',
  theme: 'ressources',
  label: 'Demander sa retraite',
  amountKind: 'none',
  contacts: ['carsat', 'msa', 'caisse-retraite', 'france-services'],
  sources: ['Code de la sécurité sociale, art. L161-17-2', 'https://www.info-retraite.fr/'],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans, sans retraite indiquée : l’âge légal de départ est de 62 à 64 ans selon l’année de naissance. La retraite n’est jamais versée sans demande : faites-la 6 mois avant la date choisie.',
      notMet: 'Personne du foyer n’approche de l’âge de la retraite sans la recevoir.',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find(
      (a) =>
        a.age !== undefined &&
        a.age >= ctx.p('retraite.age_legal_min') - 1 &&
        (a.member.incomes?.pension ?? 0) === 0 &&
        a.member.activity !== 'retired',
    );
    if (!t.check('age', !!x, x ? { who: who(x), age: x.age ?? 0 } : {})) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const aide_menagere: RightDefinition = {
  id: 'aide_menagere',
  theme: 'sante',
  label: 'Aide ménagère à domicile (aide sociale)',
  amountKind: 'none',
  contacts: ['ccas', 'departement', 'carsat', 'mairie'],
  sources: [
    'Code de l’action sociale et des familles, art. L231-1 et R231-2',
    'https://www.pour-les-personnes-agees.gouv.fr/',
  ],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans ({rule}).',
      notMet:
        'L’aide ménagère de l’aide sociale concerne les personnes de 65 ans, ou de 60 ans reconnues inaptes au travail.',
    },
    resources: {
      met: 'Ressources ({resources} par an) sous le plafond de l’ASPA ({ceiling}) : le département peut payer des heures d’aide à domicile (ménage, courses, repas) si vous en avez besoin et n’avez pas l’APA. Au-dessus, votre caisse de retraite peut aider.',
      notMet:
        'Ressources ({resources} par an) au-dessus du plafond de l’ASPA ({ceiling}) : votre caisse de retraite peut aider à payer une aide à domicile.',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find(
      (a) => a.age !== undefined && (a.age >= 65 || (a.age >= 60 && a.member.activity === 'unfit_for_work')),
    );
    const rule = x && (x.age ?? 0) >= 65 ? '65 ans ou plus' : '60 ans ou plus, inapte au travail';
    if (!t.check('age', !!x, x ? { who: who(x), age: x.age ?? 0, rule } : {})) return { amount: null };
    const ceiling = ctx.couple ? ctx.p('aspa.plafond.couple') : ctx.p('aspa.plafond.personne_seule');
    const resources = cents(12 * adultsIncome(ctx, t).total);
    t.check('resources', resources <= ceiling, { resources: euros(resources), ceiling: euros(ceiling) });
    // Retirement funds help above the ceiling: still a step to take.
    t.failed = false;
    return { status: 'possible', amount: null };
  },
};

export const complementaire_sante_senior: RightDefinition = {
  id: 'complementaire_sante_senior',
  reads: ['css'],
  theme: 'sante',
  label: 'Aide pour une complémentaire santé après 65 ans (locale)',
  amountKind: 'none',
  contacts: ['ccas', 'mairie', 'carsat', 'france-services'],
  sources: [`${SP}F10027`, 'https://www.pour-les-personnes-agees.gouv.fr/'],
  conditions: {
    age: {
      met: 'Âge ({who}) : {age} ans.',
      notMet: 'Cette aide locale concerne surtout les personnes de 65 ans ou plus.',
    },
    css: {
      met: 'La complémentaire santé solidaire ne semble pas ouverte : beaucoup de communes (« mutuelle communale »), de départements ou de caisses de retraite aident à payer une complémentaire. Demandez au CCAS ce qui existe chez vous.',
      notMet: 'La complémentaire santé solidaire vous couvre mieux : demandez-la d’abord.',
    },
  },
  evaluate(ctx, t) {
    const x = ctx.adults.find((a) => a.age !== undefined && a.age >= 65);
    if (!t.check('age', !!x, x ? { who: who(x), age: x.age ?? 0 } : {})) return { amount: null };
    const css = ctx.results.get('css');
    const cssOpen = ok(ctx, 'css') && css?.variant !== undefined;
    if (!t.check('css', !cssOpen)) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const point_conseil_budget: RightDefinition = {
  id: 'point_conseil_budget',
  reads: [...MODEST_READS, 'fsl'],
  theme: 'ressources',
  label: 'Point conseil budget (budget, dettes, surendettement)',
  amountKind: 'none',
  contacts: ['ccas', 'france-services', 'caf'],
  sources: ['https://www.mesquestionsdargent.fr/', 'https://particuliers.banque-france.fr/'],
  conditions: {
    modest: {
      met: 'Vos ressources sont modestes : un Point conseil budget vous aide gratuitement à faire votre budget, à parler à votre banque, et si besoin à déposer un dossier de surendettement à la Banque de France.',
      notMet:
        'D’après vos réponses, vos ressources ne sont pas modestes ; un Point conseil budget reste ouvert à tous en cas de difficulté.',
    },
  },
  evaluate(ctx, t) {
    if (!t.check('modest', modest(ctx) || ok(ctx, 'fsl'))) return { amount: null };
    return { status: 'possible', amount: null };
  },
};
