// Birth, young children, parents and students (issue 15): prime à la naissance, CMG, PreParE, congé de
// naissance, AJPP, ARIPA, tarif social de la cantine, bourse du CROUS. Texts for acting on them are in
// ./details.ts; parameters in ../parameters/current-data.ts.
import { familyBenefit } from './benefit.js';
import { type Ctx, euros, type Person } from '../context.js';
import { childrenAged, incomesOf, monthly, SP, taxIncome, who } from './common.js';
import { pSince } from './since.js';
import { MODEST_READS, ok, possibleIfModest } from './steps.js';
import type { RightDefinition } from './types.js';

const WORKING = new Set(['employed', 'self_employed', 'apprentice']);
const working = (x: Person | undefined): boolean => !!x && WORKING.has(x.member.activity ?? '');
const pregnant = (ctx: Ctx): boolean => ctx.adults.some((a) => a.member.pregnant === true);

/**
 * PAJE ceiling of the "taux partiel" (the prime à la naissance uses it, art. R531-1 CSS): +25 % for each
 * of the first two children, +30 % from the third, plus the amount for two earners or a parent alone.
 */
function pajePartialCeiling(ctx: Ctx, children: number): number {
  const base = ctx.p('paje.plafond_partiel_0_enfant');
  const first = ctx.p('paje.plafond.majoration_deux_premiers_enfants');
  const next = ctx.p('paje.plafond.majoration_enfant_suivant');
  const bmaf = ctx.p('bmaf');
  // Two earners: each earns at least 12 BMAF a year (monthly: one BMAF); approximated from today's incomes.
  const both =
    !ctx.couple ||
    (!!ctx.partner && incomesOf(ctx.applicant).activity >= bmaf && incomesOf(ctx.partner).activity >= bmaf);
  const scaled = base * (1 + first * Math.min(children, 2) + next * Math.max(children - 2, 0));
  return Math.round(scaled + (both ? ctx.p('paje.plafond_partiel.majoration_biactifs_isoles') : 0));
}

export const prime_naissance: RightDefinition = {
  id: 'prime_naissance',
  theme: 'famille',
  label: 'Prime à la naissance',
  amountKind: 'once',
  contacts: ['caf', 'msa', 'pmi'],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030061628',
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042685543',
    `${SP}F2550`,
  ],
  conditions: {
    expecting: {
      met: 'Une grossesse est en cours : la prime est versée une fois, au 7e mois de grossesse.',
      notMet: 'La prime à la naissance se demande pendant la grossesse.',
    },
    newborn: {
      met: 'Un enfant de moins d’un an vit avec vous : si la prime n’a pas été versée, elle peut encore être demandée (2 ans au plus).',
      notMet: '',
    },
    ceiling: {
      met: 'Vos revenus ({rfr}) sont sous le plafond ({ceiling}, {n} enfants avec celui à naître) : prime de {value}, après la CRDS de 0,5 %.',
      notMet: 'Vos revenus ({rfr}) dépassent le plafond ({ceiling}, {n} enfants avec celui à naître).',
    },
  },
  evaluate(ctx, t) {
    const expecting = pregnant(ctx);
    const baby = childrenAged(ctx, 0, 0)[0];
    if (!expecting && !baby) {
      t.check('expecting', false);
      return { amount: null };
    }
    if (expecting) t.check('expecting', true);
    else t.note('newborn');
    const n = childrenAged(ctx, 0, ctx.p('af.age_limite') - 1).length + (expecting ? 1 : 0);
    const ceiling = pajePartialCeiling(ctx, n);
    const rfr = taxIncome(ctx, t);
    const value = familyBenefit(ctx.p('bmaf'), ctx.p('prime_naissance.taux'), ctx.p('crds.taux'));
    const vars = { rfr: euros(rfr.value), ceiling: euros(ceiling), n, value: euros(value) };
    if (!t.check('ceiling', rfr.value <= ceiling, vars)) return { amount: null };
    const settled = !rfr.estimated && expecting && !t.unsure;
    return {
      status: settled ? 'eligible' : 'possible',
      amount: { value, per: 'once', kind: settled ? 'flat' : 'estimate' },
    };
  },
};

export const cmg: RightDefinition = {
  id: 'cmg',
  reads: ['aah', 'ass', 'rsa'],
  theme: 'famille',
  label: 'Complément de libre choix du mode de garde (CMG)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'pmi'],
  sources: [
    'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000046791873',
    `${SP}F345`,
    'https://monenfant.fr/',
  ],
  conditions: {
    child: {
      met: 'Enfant de moins de 6 ans ({who}).',
      notMet: 'Le CMG concerne la garde d’un enfant de moins de 6 ans.',
    },
    activity: {
      met: 'Vous travaillez (ou étudiez, ou recevez l’AAH, l’ASS ou le RSA avec un projet d’insertion) : le CMG est possible si vous employez une assistante maternelle ou une garde à domicile.',
      notMet:
        'Le CMG demande que le parent seul, ou les deux parents, travaillent (ou étudient, ou reçoivent l’AAH, l’ASS ou le RSA avec un projet d’insertion).',
      unknown: 'Il manque l’activité ({who}).',
    },
    calculation: {
      met: 'Depuis le 1er septembre 2025, le CMG se calcule comme une place en crèche : coût de la garde × (1 − ressources mensuelles × taux d’effort ÷ coût horaire de référence). Il dépend des heures de garde, du salaire horaire, de vos ressources et du nombre d’enfants : la CAF le calcule, nous ne l’estimons pas.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const kid = childrenAged(ctx, 0, 5)[0];
    if (!t.check('child', kid !== undefined, kid ? { who: who(kid) } : {}) || !kid) return { amount: null };
    const exempt = ok(ctx, 'aah') || ok(ctx, 'ass') || ok(ctx, 'rsa');
    const active = (x: Person): boolean | undefined =>
      x.member.activity === undefined ? undefined : working(x) || x.member.activity === 'student';
    const adults = ctx.couple && ctx.partner ? [ctx.applicant, ctx.partner] : [ctx.applicant];
    const unknown = adults.find((x) => active(x) === undefined);
    if (!exempt && unknown) t.unknown('activity', [`${unknown.path}.activity`], { who: who(unknown) });
    else if (!t.check('activity', exempt || adults.every((x) => active(x) === true))) return { amount: null };
    t.note('calculation');
    return { status: 'possible', amount: null };
  },
};

export const prepare: RightDefinition = {
  id: 'prepare',
  theme: 'famille',
  label: 'Prestation partagée d’éducation de l’enfant (PreParE)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa'],
  sources: ['Code de la sécurité sociale, art. L531-4 et D531-4 à D531-17', `${SP}F32485`],
  conditions: {
    child: {
      met: 'Enfant de moins de 3 ans ({who}).',
      notMet:
        'La PreParE concerne un parent qui s’arrête ou réduit son travail pour un enfant de moins de 3 ans.',
    },
    leave: {
      met: 'Congé parental ({who}) : PreParE à taux plein de {value} par mois si vous avez arrêté de travailler (moins si vous travaillez à temps partiel).',
      notMet:
        'Personne n’a indiqué être en congé parental : si un parent arrête ou réduit son travail, la PreParE peut l’aider.',
    },
    contributions: {
      met: 'Il faut au moins 8 trimestres de cotisations retraite (dans les 2 ans pour un premier enfant, 4 ans pour le deuxième, 5 ans ensuite) : la CAF le vérifie.',
      notMet: '',
    },
    one_child: {
      met: 'Pour un seul enfant, chaque parent peut la recevoir 6 mois, jusqu’au premier anniversaire de l’enfant.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const kids = childrenAged(ctx, 0, 2);
    const kid = kids[0];
    if (!t.check('child', kid !== undefined, kid ? { who: who(kid) } : {}) || !kid) return { amount: null };
    const parent = ctx.adults.find((a) => a.member.activity === 'parental_leave');
    const value = familyBenefit(ctx.p('bmaf'), ctx.p('prepare.taux_plein'), ctx.p('crds.taux'));
    if (!t.check('leave', parent !== undefined, parent ? { who: who(parent), value: euros(value) } : {}))
      return { amount: null };
    t.note('contributions');
    const onlyChild = childrenAged(ctx, 0, ctx.p('af.age_limite') - 1).length === 1;
    if (onlyChild) {
      t.note('one_child');
      if ((kid.age ?? 0) >= 1) {
        t.check('child', false);
        return { amount: null };
      }
    }
    return { status: 'possible', amount: monthly(value) };
  },
};

export const conge_naissance: RightDefinition = {
  id: 'conge_naissance',
  theme: 'famille',
  label: 'Congé supplémentaire de naissance',
  amountKind: 'monthly',
  contacts: ['cpam', 'msa', 'caf'],
  sources: [
    'Loi de financement de la sécurité sociale pour 2026, art. 99 ; code du travail, art. L1225-46-2',
    'https://www.ameli.fr/assure/droits-demarches/famille/maternite-paternite-adoption',
  ],
  conditions: {
    exists: {
      met: '',
      notMet:
        'Le congé supplémentaire de naissance concerne les enfants nés ou adoptés à partir du 1er janvier 2026.',
    },
    birth: {
      met: 'Naissance attendue ou enfant né depuis le 1er janvier 2026 ({who}).',
      notMet:
        'Le congé de naissance suit une naissance ou une adoption récente (depuis le 1er janvier 2026).',
    },
    worker: {
      met: 'Vous travaillez ({who}) : chaque parent peut prendre 1 ou 2 mois après le congé de maternité ou de paternité, ensemble ou l’un après l’autre. Il est indemnisé environ 70 % du salaire net le 1er mois et 60 % le 2e (dans une limite) : la caisse fait le calcul.',
      notMet: 'Le congé de naissance concerne les parents qui travaillent.',
      unknown: 'Il manque l’activité ({who}).',
    },
  },
  evaluate(ctx, t) {
    if (ctx.date < '2026-01-01') {
      t.check('exists', false);
      return { amount: null };
    }
    const baby = ctx.children.find((c) => (c.member.birthDate ?? '') >= '2026-01-01' && (c.age ?? 99) < 1);
    const expecting = pregnant(ctx);
    if (!t.check('birth', expecting || !!baby, { who: baby ? who(baby) : 'grossesse' }))
      return { amount: null };
    const worker = ctx.adults.find(working);
    const unknown = ctx.adults.find((a) => a.member.activity === undefined);
    if (!worker && unknown) t.unknown('worker', [`${unknown.path}.activity`], { who: who(unknown) });
    else if (!t.check('worker', !!worker, { who: worker ? who(worker) : '' })) return { amount: null };
    return { status: 'possible', amount: null };
  },
};

export const ajpp: RightDefinition = {
  id: 'ajpp',
  theme: 'famille',
  label: 'Allocation journalière de présence parentale (AJPP)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'mdph'],
  sources: ['Code de la sécurité sociale, art. L544-1 à L544-10 et D544-6', `${SP}F15132`],
  conditions: {
    child: {
      met: 'Enfant de moins de 20 ans avec une maladie, un handicap ou un accident grave ({who}) : si vous arrêtez de travailler pour être auprès de lui, l’AJPP paie chaque jour de congé.',
      notMet:
        'L’AJPP concerne un parent qui s’arrête de travailler pour un enfant gravement malade, handicapé ou accidenté.',
    },
    amount: {
      met: 'Dernier montant connu : {value} par jour (2025), 22 jours par mois au plus et 310 jours sur 3 ans ; un complément pour frais existe sous conditions de ressources.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const kid = ctx.children.find((c) => (c.age ?? 0) < 20 && (c.member.disabilityRate ?? 0) > 0);
    if (!t.check('child', !!kid, kid ? { who: who(kid) } : {})) return { amount: null };
    const day = pSince(ctx, 'ajpp.montant_journalier');
    if (day !== undefined) t.note('amount', { value: euros(day) });
    return { status: 'possible', amount: null };
  },
};

export const aripa: RightDefinition = {
  id: 'aripa',
  theme: 'famille',
  label: 'Versement de la pension alimentaire par la CAF (Aripa)',
  amountKind: 'none',
  contacts: ['caf', 'msa', 'cidff', 'point-justice'],
  sources: [
    'Code de la sécurité sociale, art. L582-1 (intermédiation financière)',
    'https://www.pension-alimentaire.caf.fr/',
  ],
  conditions: {
    separated: {
      met: 'Vous élevez seul un enfant dont l’autre parent doit une pension alimentaire ({who}) : la CAF peut la recevoir de lui et vous la verser chaque mois, et la réclamer s’il ne paie pas.',
      notMet: 'L’Aripa concerne un parent séparé qui reçoit ou devrait recevoir une pension alimentaire.',
    },
  },
  evaluate(ctx, t) {
    const kid = ctx.couple
      ? undefined
      : ctx.children.find((c) => ['pays', 'pays_less', 'does_not_pay'].includes(c.member.otherParent ?? ''));
    t.check('separated', !!kid, kid ? { who: who(kid) } : {});
    return { amount: null };
  },
};

export const tarif_social_cantine: RightDefinition = {
  id: 'tarif_social_cantine',
  reads: MODEST_READS,
  theme: 'famille',
  label: 'Tarif social de la cantine',
  amountKind: 'none',
  contacts: ['mairie', 'ccas', 'etablissement-scolaire'],
  sources: ['Code de l’éducation, art. R531-52 (prix fixé par la commune)', 'https://www.education.gouv.fr/'],
  conditions: {
    pupil: {
      met: 'Enfant à l’école maternelle ou élémentaire ({who}) : beaucoup de communes ont un tarif selon le quotient familial, parfois 1 € le repas (aidé par l’État).',
      notMet: 'Le tarif social de la cantine concerne les enfants de 3 à 11 ans environ, à l’école.',
    },
    modest: {
      met: 'Vos ressources sont modestes : demandez le tarif le plus bas à la mairie.',
      notMet: 'Vos ressources semblent au-dessus des tarifs sociaux habituels (les règles sont locales).',
    },
  },
  evaluate(ctx, t) {
    const kid = ctx.children.find((c) =>
      c.member.schoolLevel !== undefined
        ? c.member.schoolLevel === 'maternelle' || c.member.schoolLevel === 'primaire'
        : c.age !== undefined && c.age >= 3 && c.age <= 10,
    );
    if (!t.check('pupil', !!kid, kid ? { who: who(kid) } : {})) return { amount: null };
    return possibleIfModest(ctx, t);
  },
};

export const bourse_crous: RightDefinition = {
  id: 'bourse_crous',
  theme: 'famille',
  label: 'Bourse sur critères sociaux (Crous)',
  amountKind: 'monthly',
  contacts: ['crous', 'information-jeunesse', 'mission-locale'],
  sources: [`${SP}F12214`, 'https://www.messervices.etudiant.gouv.fr/'],
  conditions: {
    student: {
      met: 'Études supérieures ({who}, {age} ans) : la bourse se demande avant 28 ans, par le dossier social étudiant (DSE), du 1er mars au 31 mai pour la rentrée suivante.',
      notMet:
        'La bourse du Crous concerne les étudiants de moins de 28 ans (sans limite avec un handicap reconnu).',
    },
    resources: {
      met: 'Elle dépend des revenus de vos parents (revenu fiscal de référence) et de points de charge (distance, frères et sœurs étudiants) : elle est versée en 10 mois, de l’échelon 0 bis à l’échelon 7.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const x = [...ctx.adults, ...ctx.children, ...ctx.others].find(
      (p) =>
        p.age !== undefined &&
        p.age >= 16 &&
        (p.age < 28 || (p.member.disabilityRate ?? 0) > 0) &&
        (p.member.activity === 'student' || p.member.schoolLevel === 'superieur'),
    );
    if (!t.check('student', !!x, x ? { who: who(x), age: x.age ?? 0 } : {})) return { amount: null };
    t.note('resources');
    return { status: 'possible', amount: null };
  },
};
