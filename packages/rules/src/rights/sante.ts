// Health: complémentaire santé solidaire (CMU-C / ACS before November 2019), AME, PUMa.
import { cents, type Ctx, euros } from '../context.js';
import { incomesOf, SP } from './common.js';
import { countedBenefits } from './ressources.js';
import type { RightDefinition } from './types.js';

/** People of the CSS household: adults and children under 25. */
const cssPersons = (ctx: Ctx) => [
  ...ctx.adults,
  ...ctx.children.filter((c) => c.age === undefined || c.age < 25),
];

/** Yearly ceiling for free CSS (floored to the euro, as the official tables). */
export function cssCeiling(ctx: Ctx): number {
  const persons = cssPersons(ctx);
  let coef = 1;
  persons.forEach((x, i) => {
    if (i === 0) return;
    const share =
      i === 1
        ? ctx.p('css.coefficient.deuxieme_personne')
        : i <= 3
          ? ctx.p('css.coefficient.troisieme_quatrieme_personne')
          : ctx.p('css.coefficient.personne_supplementaire');
    coef += x.member.alternatingCustody ? share / 2 : share;
  });
  const dom = ctx.overseas ? 1 + ctx.p('css.majoration_outre_mer') : 1;
  return Math.floor(ctx.p('css.plafond_base') * coef * dom + 1e-6);
}

const AGE_BANDS = [
  [30, 'moins_30_ans'],
  [50, '30_49_ans'],
  [60, '50_59_ans'],
  [70, '60_69_ans'],
  [Number.POSITIVE_INFINITY, '70_ans_et_plus'],
] as const;

/** Monthly CSS participation of the household, by age band of each person. */
function participation(ctx: Ctx, persons: readonly { age: number | undefined }[]): number {
  let sum = 0;
  const region = ctx.alsaceMoselle
    ? ('css.participation_alsace_moselle' as const)
    : ('css.participation' as const);
  for (const x of persons) {
    const age = x.age ?? 0;
    let band: (typeof AGE_BANDS)[number][1] = '70_ans_et_plus';
    for (const [max, name] of AGE_BANDS)
      if (age < max) {
        band = name;
        break;
      }
    sum += ctx.p(`${region}.${band}`);
  }
  return cents(sum);
}

export const css: RightDefinition = {
  id: 'css',
  reads: ['rsa', 'af', 'cf', 'asf', 'aah', 'aspa', 'ass', 'aide_logement'],
  theme: 'sante',
  label: 'Complémentaire santé solidaire',
  amountKind: 'participation',
  contacts: ['cpam', 'msa', 'france-services', 'ccas'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037950247', `${SP}F10027`],
  conditions: {
    covered: {
      met: 'Vous relevez de l’Assurance maladie (PUMa).',
      notMet: 'Sans séjour régulier, c’est l’aide médicale de l’État (AME) qui s’applique.',
    },
    rsa: {
      met: 'Avec le RSA, la Complémentaire santé solidaire est gratuite.',
      notMet: '',
    },
    resources: {
      met: 'Ressources des 12 derniers mois estimées à {resources} : sous le plafond {which} ({ceiling}).',
      notMet: 'Ressources des 12 derniers mois estimées à {resources} : au-dessus du plafond ({ceiling}).',
    },
    forfait: { met: 'Un forfait logement de {value} par an est ajouté aux ressources.', notMet: '' },
    participation: {
      met: 'Participation : {value} par mois pour le foyer, selon l’âge de chacun.',
      notMet: '',
    },
    parents: {
      met: '',
      notMet: 'Vous avez moins de 25 ans et vivez chez vos parents.',
      unknown:
        'Moins de 25 ans chez vos parents : vous êtes dans leur foyer (art. R861-2 du code de la sécurité sociale), ce sont leurs ressources qui comptent.',
    },
    before_css: {
      met: 'Avant novembre 2019, il existait la CMU complémentaire (gratuite) et l’aide à la complémentaire santé (ACS).',
      notMet: '',
    },
    annual: {
      met: 'Estimation : les ressources des 12 derniers mois sont estimées à partir de vos revenus mensuels actuels.',
      notMet: '',
    },
  },
  evaluate(ctx, t) {
    const a = ctx.applicant.member;
    if (!t.check('covered', !(a.nationality === 'other' && a.regularStay === false))) return { amount: null };
    const reform = ctx.p('css.reforme') === 1;
    if (!reform) t.note('before_css');
    const rsa = ctx.results.get('rsa');
    const persons = cssPersons(ctx);
    if (rsa && (rsa.status === 'eligible' || rsa.status === 'already_received')) {
      t.note('rsa');
      return reform
        ? { variant: 'gratuite', amount: { value: 0, per: 'month', kind: 'flat', isCost: true } }
        : { variant: 'cmu_c', label: 'CMU complémentaire', amount: null };
    }
    // Under 25 at his parents': he belongs to their CSS household (art. R861-2 CSS), whose resources
    // we do not know unless the parents are described as members.
    const young = ctx.applicant.age !== undefined && ctx.applicant.age < ctx.p('css.age_foyer_parents');
    const home = ctx.situation.housing;
    if (young && !ctx.couple && ctx.children.length === 0 && ctx.others.length === 0) {
      if (home?.withParents === true) {
        t.unknown('parents', []);
        return { status: 'possible', amount: null };
      }
      if (home?.withParents === undefined && home?.status === 'hosted_free') {
        t.unknown('parents', ['housing.withParents']);
        return { status: 'possible', amount: null };
      }
    }
    let monthly = 0;
    for (const x of persons) {
      if (x.member.role !== 'child' && !x.member.incomes)
        t.unknown('incomes', [`${x.path}.incomes`], {
          who: x.member.role === 'applicant' ? 'vous' : 'votre conjoint ou conjointe',
        });
      monthly += incomesOf(x).total;
    }
    monthly += countedBenefits(ctx, ['af', 'cf', 'asf', 'aah', 'aspa', 'ass']).total;
    let resources = Math.round(12 * monthly);
    const status = ctx.situation.housing?.status;
    const al = ctx.results.get('aide_logement');
    const withAid = al?.status === 'eligible' || al?.status === 'already_received';
    if (withAid || status === 'owner' || status === 'hosted_free') {
      const n = persons.length;
      const base = ctx.p('rsa.montant_forfaitaire');
      const k = withAid ? 'css.forfait_logement_avec_aide' : 'css.forfait_logement_sans_aide';
      const rate =
        n === 1
          ? ctx.p(`${k}.taux_1_personne`)
          : n === 2
            ? ctx.p(`${k}.taux_2_personnes`)
            : ctx.p(`${k}.taux_3_personnes`);
      const forfait = Math.round(12 * base * (n === 1 ? 1 : n === 2 ? 1.5 : 1.8) * rate);
      resources += forfait;
      t.note('forfait', { value: euros(forfait) });
    }
    t.note('annual');
    const free = cssCeiling(ctx);
    const partial = Math.floor(free * (1 + ctx.p('css.majoration_participation')) + 1e-6);
    if (resources <= free) {
      t.check('resources', true, {
        resources: euros(resources),
        ceiling: euros(free),
        which: reform ? 'de la CSS gratuite' : 'de la CMU-C',
      });
      return reform
        ? { variant: 'gratuite', amount: { value: 0, per: 'month', kind: 'flat', isCost: true } }
        : { variant: 'cmu_c', label: 'CMU complémentaire', amount: null };
    }
    if (resources <= partial) {
      t.check('resources', true, {
        resources: euros(resources),
        ceiling: euros(partial),
        which: reform ? 'avec participation' : 'de l’ACS',
      });
      if (!reform) return { variant: 'acs', label: 'Aide à la complémentaire santé (ACS)', amount: null };
      const value = participation(ctx, persons);
      t.note('participation', { value: euros(value) });
      return { variant: 'participative', amount: { value, per: 'month', kind: 'flat', isCost: true } };
    }
    t.check('resources', false, { resources: euros(resources), ceiling: euros(partial) });
    return { amount: null };
  },
};

export const ame: RightDefinition = {
  id: 'ame',
  theme: 'sante',
  label: 'Aide médicale de l’État (AME)',
  amountKind: 'none',
  contacts: ['cpam', 'ccas', 'france-services'],
  sources: [`${SP}F3079`],
  conditions: {
    stay: {
      met: 'Vous êtes de nationalité étrangère sans titre de séjour.',
      notMet:
        'L’AME est réservée aux personnes étrangères sans titre de séjour ; les autres relèvent de l’Assurance maladie.',
      unknown: 'Pour une personne hors Union européenne, il faut savoir si elle a un titre de séjour.',
    },
    resources: {
      met: 'Vos ressources ({resources} par an) sont sous le plafond ({ceiling}).',
      notMet: 'Vos ressources ({resources} par an) dépassent le plafond ({ceiling}).',
    },
  },
  evaluate(ctx, t) {
    const a = ctx.applicant.member;
    if (a.nationality === 'other' && a.regularStay === undefined && a.residencePermitYears === undefined) {
      t.unknown('stay', [`${ctx.applicant.path}.regularStay`]);
      return { amount: null };
    }
    if (!t.check('stay', a.nationality === 'other' && a.regularStay === false)) return { amount: null };
    let monthly = 0;
    for (const x of ctx.adults) monthly += incomesOf(x).total;
    const resources = Math.round(12 * monthly);
    const ceiling = cssCeiling(ctx);
    t.check('resources', resources <= ceiling, { resources: euros(resources), ceiling: euros(ceiling) });
    return { amount: null };
  },
};

export const puma: RightDefinition = {
  id: 'puma',
  theme: 'sante',
  label: 'Protection universelle maladie (PUMa) et carte Vitale',
  amountKind: 'none',
  contacts: ['cpam', 'msa', 'france-services'],
  sources: ['https://www.ameli.fr/assure/droits-demarches/principes/protection-universelle-maladie'],
  conditions: {
    stay: {
      met: 'Vous résidez en France de façon régulière : l’Assurance maladie prend en charge vos soins.',
      notMet: 'Sans titre de séjour, c’est l’AME qui s’applique.',
      unknown: 'Il faut savoir si vous avez un titre de séjour.',
    },
  },
  evaluate(ctx, t) {
    const a = ctx.applicant.member;
    if (a.nationality === undefined) {
      t.unknown('stay', [`${ctx.applicant.path}.nationality`]);
      return { amount: null };
    }
    if (a.nationality === 'other' && a.regularStay === undefined && a.residencePermitYears === undefined) {
      t.unknown('stay', [`${ctx.applicant.path}.regularStay`]);
      return { amount: null };
    }
    t.check('stay', !(a.nationality === 'other' && a.regularStay === false));
    return { amount: null };
  },
};
