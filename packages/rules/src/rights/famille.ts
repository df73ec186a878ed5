// Family benefits (CAF / MSA): AF, CF, PAJE allocation de base, ASF; ARS and school grants in scolarite.ts.
import { familyBenefit, familyGross } from './benefit.js';
import { addMonths, addYears, afterCrds, cents, type Ctx, euros, type Person } from '../context.js';
import { valueAt } from '../parameters/index.js';
import { childrenAged, childrenBirthDatesKnown, monthly, plural, SP, taxIncome, who } from './common.js';
import { CRDS_NOTE, dependants, familyCeiling, twoIncomesOrAlone } from './family-base.js';
import type { Outcome, RightDefinition, Trace } from './types.js';

const parameterValue = valueAt;

/** Overseas (except Mayotte): AF from the first child, with its own age supplements. */
function overseasOneChild(ctx: Ctx, t: Trace, child: Person): Outcome {
  t.check('overseas_one_child', true);
  const age = child.age as number;
  let rate = ctx.p('af.outre_mer.un_enfant.taux');
  if (age >= 16) rate += ctx.p('af.outre_mer.un_enfant.majoration_16_ans');
  else if (age >= 11) rate += ctx.p('af.outre_mer.un_enfant.majoration_11_15_ans');
  const rfr = taxIncome(ctx, t);
  const step = ctx.p('af.plafond.par_enfant');
  const t1 = ctx.p('af.plafond.tranche_1_base') + step;
  const t2 = ctx.p('af.plafond.tranche_2_base') + step;
  const mod =
    rfr.value <= t1
      ? 1
      : rfr.value <= t2
        ? ctx.p('af.modulation.taux_tranche_2')
        : ctx.p('af.modulation.taux_tranche_3');
  if (mod === 1) t.check('modulation', true, { rfr: euros(rfr.value), t1: euros(t1) });
  else {
    t.check('modulation', false, {
      rfr: euros(rfr.value),
      limit: euros(mod === 0.5 ? t1 : t2),
      div: mod === 0.5 ? 2 : 4,
    });
    t.failed = false;
  }
  t.note('crds');
  return {
    status: 'eligible',
    amount: monthly(familyBenefit(ctx.p('bmaf'), rate, ctx.p('crds.taux'), mod), rfr.estimated),
  };
}

export const af: RightDefinition = {
  id: 'af',
  theme: 'famille',
  label: 'Allocations familiales',
  amountKind: 'monthly',
  contacts: ['caf', 'msa'],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000030680318/',
    'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053594174',
    `${SP}F13213`,
  ],
  conditions: {
    children: {
      met: 'Vous avez {n} à charge de moins de 20 ans.',
      notMet: 'Il faut au moins 2 enfants de moins de 20 ans à charge ; vous en avez {count}.',
    },
    overseas_one_child: {
      met: 'Outre-mer (hors Mayotte), les allocations familiales existent dès le premier enfant.',
      notMet: '',
      unknown:
        'À Mayotte, les allocations familiales existent dès le premier enfant : leur montant n’est pas calculé ici.',
    },
    age_supplement: {
      met: 'Majoration pour âge pour {n} (14 ans ou plus ; 18 ans pour les enfants qui ont 14 ans à partir du 1er mars 2026).',
      notMet: '',
    },
    forfait_20: {
      met: 'Allocation forfaitaire pour {n} de 20 ans (famille d’au moins 3 enfants).',
      notMet: '',
    },
    modulation: {
      met: 'Vos revenus ({rfr}) sont sous le premier plafond ({t1}) : montant plein.',
      notMet: 'Vos revenus ({rfr}) dépassent {limit} : le montant est divisé par {div}.',
    },
    degressive: {
      met: 'Vos revenus dépassent ce plafond de moins d’un an d’allocations : un complément dégressif de {value} par mois s’ajoute.',
      notMet: '',
    },
    crds: CRDS_NOTE,
  },
  evaluate(ctx, t) {
    childrenBirthDatesKnown(ctx, t);
    const kids = dependants(ctx);
    const n = kids.length;
    if (n < 2) {
      const mayotte = (ctx.situation.commune ?? '').startsWith('976');
      if (ctx.overseas && n === 1 && !mayotte) return overseasOneChild(ctx, t, kids[0] as Person);
      if (mayotte && n === 1) {
        t.unknown('overseas_one_child', []);
        return { status: 'possible', amount: null };
      }
      t.check('children', false, { count: n });
      return { amount: null };
    }
    t.check('children', true, { n: plural(n, 'enfant', 'enfants') });
    const bmaf = ctx.p('bmaf');
    let coef = ctx.p('af.taux.deuxieme_enfant') + ctx.p('af.taux.enfant_supplementaire') * (n - 2);
    // Age supplement: the eldest of a two-child family does not get it.
    const byAge = [...kids].sort((a, b) => (b.age as number) - (a.age as number));
    let older = 0;
    byAge.forEach((c, i) => {
      if (n === 2 && i === 0) return;
      const birth = c.member.birthDate as string;
      const threshold = parameterValue('af.majoration_age.age', addYears(birth, 14));
      if ((c.age as number) >= threshold) older++;
    });
    if (older > 0) {
      coef += ctx.p('af.majoration_age.taux') * older;
      t.note('age_supplement', { n: plural(older, 'enfant', 'enfants') });
    }
    const twenty = childrenAged(ctx, 20, 20);
    if (twenty.length > 0 && n + twenty.length >= 3) {
      coef += ctx.p('af.forfait_20_ans.taux') * twenty.length;
      t.note('forfait_20', { n: plural(twenty.length, 'enfant', 'enfants') });
    }
    const rfr = taxIncome(ctx, t);
    const step = ctx.p('af.plafond.par_enfant') * n;
    const t1 = ctx.p('af.plafond.tranche_1_base') + step;
    const t2 = ctx.p('af.plafond.tranche_2_base') + step;
    let mod = 1;
    if (rfr.value <= t1) t.check('modulation', true, { rfr: euros(rfr.value), t1: euros(t1) });
    else if (rfr.value <= t2) {
      mod = ctx.p('af.modulation.taux_tranche_2');
      t.check('modulation', false, { rfr: euros(rfr.value), limit: euros(t1), div: 2 });
      t.failed = false; // modulation lowers the amount, it does not exclude
    } else {
      mod = ctx.p('af.modulation.taux_tranche_3');
      t.check('modulation', false, { rfr: euros(rfr.value), limit: euros(t2), div: 4 });
      t.failed = false;
    }
    // Each component (base, each age supplement, each 20-year forfait) is paid net of CRDS on its own:
    // 226,58 = 151,05 + 75,53.
    const crds = ctx.p('crds.taux');
    const supplement = familyBenefit(bmaf, ctx.p('af.majoration_age.taux'), crds, mod);
    let net =
      familyBenefit(
        bmaf,
        ctx.p('af.taux.deuxieme_enfant') + ctx.p('af.taux.enfant_supplementaire') * (n - 2),
        crds,
        mod,
      ) +
      older * supplement;
    // Complément dégressif (art. L521-1 and D521-2 CSS): just above a ceiling, the lower tranche's gross
    // amount less a twelfth of the excess, so that one more euro of income never costs more than one euro
    // (openfisca-france af_2018_01.yaml "Cas N°10": 81 000 € over 78 798 € → 48,97 € gross).
    let degressive = 0;
    if (mod < 1) {
      const half = ctx.p('af.modulation.taux_tranche_2');
      const limit = mod === half ? t1 : t2;
      const lower = familyGross(bmaf, coef, mod === half ? 1 : half);
      degressive = Math.max(0, cents((limit + 12 * lower - rfr.value) / 12 - familyGross(bmaf, coef, mod)));
    }
    // RSA and prime d'activité count the AF without the age supplements (art. R262-11 CASF).
    ctx.memo.set('resources.af', net - older * supplement);
    if (coef > 0 && twenty.length > 0 && n + twenty.length >= 3)
      net += twenty.length * familyBenefit(bmaf, ctx.p('af.forfait_20_ans.taux'), crds, mod);
    if (degressive > 0) {
      const extra = afterCrds(degressive, crds);
      net += extra;
      ctx.memo.set('resources.af', (ctx.memo.get('resources.af') as number) + extra);
      t.note('degressive', { value: euros(extra) });
    }
    t.note('crds');
    return {
      status: 'eligible',
      amount: monthly(cents(net), rfr.estimated),
    };
  },
};

export const cf: RightDefinition = {
  id: 'cf',
  theme: 'famille',
  label: 'Complément familial',
  amountKind: 'monthly',
  contacts: ['caf', 'msa'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006737116/', `${SP}F13214`],
  conditions: {
    children: {
      met: 'Vous avez {n} de 3 à 21 ans à charge.',
      notMet: 'Il faut au moins 3 enfants de 3 à 21 ans à charge ; vous en avez {count}.',
    },
    no_child_under_3: {
      met: 'Aucun enfant n’a moins de 3 ans.',
      notMet: 'Un enfant a moins de 3 ans : c’est la PAJE qui s’applique à la place.',
    },
    ceiling: {
      met: 'Vos revenus ({rfr}) ne dépassent pas le plafond ({ceiling}).',
      notMet: 'Vos revenus ({rfr}) dépassent le plafond ({ceiling}).',
    },
    majore: {
      met: 'Vos revenus sont sous {limit} : complément familial majoré.',
      notMet: 'Vos revenus dépassent {limit} : complément familial au taux de base.',
    },
    differential: {
      met: 'Vos revenus dépassent un peu le plafond : un complément familial réduit (différentiel) est versé.',
      notMet: '',
    },
    two_incomes: {
      met: 'Plafond majoré : parent seul, ou couple avec deux revenus d’activité (approché par vos revenus actuels).',
      notMet: 'Plafond de base : couple avec un seul revenu d’activité.',
    },
    crds: CRDS_NOTE,
  },
  evaluate(ctx, t) {
    childrenBirthDatesKnown(ctx, t);
    const kids = childrenAged(ctx, 3, 20);
    if (
      !t.check('children', kids.length >= 3, {
        n: plural(kids.length, 'enfant', 'enfants'),
        count: kids.length,
      })
    )
      return { amount: null };
    if (!t.check('no_child_under_3', childrenAged(ctx, 0, 2).length === 0)) return { amount: null };
    const n = dependants(ctx).length;
    const both = twoIncomesOrAlone(ctx);
    t.check('two_incomes', both);
    t.failed = false;
    const ceiling = Math.round(
      familyCeiling(
        ctx.p('cf.plafond_0_enfant'),
        n,
        ctx.p('cf.plafond.majoration_deux_premiers_enfants'),
        ctx.p('cf.plafond.majoration_enfant_suivant'),
      ) + (both ? ctx.p('cf.plafond.majoration_biactifs_isoles') : 0),
    );
    const rfr = taxIncome(ctx, t);
    const bmaf = ctx.p('bmaf');
    const crds = ctx.p('crds.taux');
    const base = familyGross(bmaf, ctx.p('cf.taux_base'));
    const kind = rfr.estimated ? 'estimate' : 'flat';
    const status = rfr.estimated ? 'possible' : 'eligible';
    if (rfr.value > ceiling) {
      const diff = (ceiling + 12 * base - rfr.value) / 12;
      if (diff > 0) {
        t.check('ceiling', false, { rfr: euros(rfr.value), ceiling: euros(ceiling) });
        t.failed = false;
        t.note('differential');
        return { status, amount: monthly(afterCrds(cents(diff), crds)) };
      }
      t.check('ceiling', false, { rfr: euros(rfr.value), ceiling: euros(ceiling) });
      return { amount: null };
    }
    t.check('ceiling', true, { rfr: euros(rfr.value), ceiling: euros(ceiling) });
    const limit = Math.round(ceiling * ctx.p('cf.plafond_majore.part'));
    const majore = rfr.value <= limit;
    t.check('majore', majore, { limit: euros(limit) });
    t.failed = false;
    // Only the base rate counts in the RSA and prime d'activité resources (art. R262-11 CASF).
    ctx.memo.set('resources.cf', familyBenefit(bmaf, ctx.p('cf.taux_base'), crds));
    t.note('crds');
    const rate = ctx.p(majore ? 'cf.taux_majore' : 'cf.taux_base');
    return { status, amount: { value: familyBenefit(bmaf, rate, crds), per: 'month', kind } };
  },
};

export const paje_base: RightDefinition = {
  id: 'paje_base',
  theme: 'famille',
  label: 'Allocation de base de la PAJE',
  amountKind: 'monthly',
  contacts: ['caf', 'msa', 'pmi'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000036852559/2018-04-01/', `${SP}F2552`],
  conditions: {
    young_child: {
      met: 'Vous avez un enfant de moins de 3 ans.',
      notMet: 'Il faut un enfant de moins de 3 ans.',
    },
    old_scale: {
      met: 'Enfant né avant avril 2018 : le barème de 2014 s’applique (plafonds et montants propres).',
      notMet: '',
    },
    pregnancy: {
      met: 'Une grossesse est en cours : l’allocation de base pourra être versée après la naissance.',
      notMet: '',
    },
    ceiling: {
      met: 'Vos revenus ({rfr}) sont sous le plafond du taux {rate} ({ceiling}).',
      notMet: 'Vos revenus ({rfr}) dépassent le plafond du taux partiel ({ceiling}).',
    },
    crds: CRDS_NOTE,
  },
  evaluate(ctx, t) {
    childrenBirthDatesKnown(ctx, t);
    const young = childrenAged(ctx, 0, 2);
    if (young.length === 0) {
      const pregnant = ctx.adults.some((a) => a.member.pregnant === true);
      t.check('young_child', false);
      if (pregnant) t.note('pregnancy');
      return { amount: null };
    }
    t.check('young_child', true);
    const n = dependants(ctx).length;
    const both = twoIncomesOrAlone(ctx);
    // The youngest child decides the scale: born before April 2018, the 2014-2018 scale (its own
    // ceilings, +22 % per dependent child; 45,95 % / 22,975 % of the BMAF of April 2013).
    const born = young.reduce(
      (d, c) => ((c.member.birthDate ?? '') > d ? (c.member.birthDate ?? '') : d),
      '',
    );
    const old = born !== '' && born < '2018-04-01';
    let full: number;
    let partial: number;
    if (old) {
      t.note('old_scale');
      // +22 % for every dependent child, the first one included (art. R531-1 CSS as of 2014-04).
      const k = 1 + ctx.p('paje.avant_2018.plafond.majoration_par_enfant') * n;
      full = Math.round(
        ctx.p('paje.avant_2018.plafond_plein_0_enfant') * k +
          (both ? ctx.p('paje.avant_2018.plafond_plein.majoration_biactifs_isoles') : 0),
      );
      partial = Math.round(
        ctx.p('paje.avant_2018.plafond_partiel_0_enfant') * k +
          (both ? ctx.p('paje.avant_2018.plafond_partiel.majoration_biactifs_isoles') : 0),
      );
    } else {
      const first = ctx.p('paje.plafond.majoration_deux_premiers_enfants');
      const next = ctx.p('paje.plafond.majoration_enfant_suivant');
      full = Math.round(
        familyCeiling(ctx.p('paje.plafond_plein_0_enfant'), n, first, next) +
          (both ? ctx.p('paje.plafond_plein.majoration_biactifs_isoles') : 0),
      );
      partial = Math.round(
        familyCeiling(ctx.p('paje.plafond_partiel_0_enfant'), n, first, next) +
          (both ? ctx.p('paje.plafond_partiel.majoration_biactifs_isoles') : 0),
      );
    }
    const rfr = taxIncome(ctx, t);
    const vars = { rfr: euros(rfr.value) };
    let rate: number;
    if (rfr.value <= full) {
      t.check('ceiling', true, { ...vars, rate: 'plein', ceiling: euros(full) });
      rate = ctx.p(old ? 'paje.avant_2018.taux_plein' : 'paje.taux_plein');
    } else if (rfr.value <= partial) {
      t.check('ceiling', true, { ...vars, rate: 'partiel', ceiling: euros(partial) });
      rate = ctx.p(old ? 'paje.avant_2018.taux_partiel' : 'paje.taux_partiel');
    } else {
      t.check('ceiling', false, { ...vars, ceiling: euros(partial) });
      return { amount: null };
    }
    // A lone parent's PAJE is not counted by the RSA until the child is 3 months old (art. R262-11 CASF).
    const youngest = young.reduce((a, b) =>
      (a.member.birthDate ?? '') > (b.member.birthDate ?? '') ? a : b,
    );
    if (!ctx.couple && youngest.member.birthDate && addMonths(youngest.member.birthDate, 3) > ctx.date)
      ctx.memo.set('resources.paje_base', 0);
    t.note('crds');
    return {
      status: rfr.estimated || t.unsure ? 'possible' : 'eligible',
      variant: rfr.value <= full ? 'taux_plein' : 'taux_partiel',
      // Children born before April 2018: amounts frozen at the BMAF of April 2013 (184,62 / 92,31 €).
      amount: monthly(
        familyBenefit(ctx.p(old ? 'paje.avant_2018.bmaf_gelee' : 'bmaf'), rate, ctx.p('crds.taux')),
        rfr.estimated,
      ),
    };
  },
};

export const asf: RightDefinition = {
  id: 'asf',
  theme: 'famille',
  label: 'Allocation de soutien familial (ASF)',
  amountKind: 'monthly',
  contacts: ['caf', 'msa'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046498993', `${SP}F815`],
  conditions: {
    alone: {
      met: 'Vous élevez seul ou seule vos enfants.',
      notMet: 'L’ASF est réservée au parent qui vit seul (sans conjoint, ni concubin, ni PACS).',
    },
    children: {
      met: 'Vous avez {n} de moins de 20 ans.',
      notMet: 'Il faut un enfant de moins de 20 ans à charge.',
    },
    other_parent: {
      met: '{n} ne reçoit pas (ou presque pas) de pension de l’autre parent.',
      notMet: 'L’autre parent verse une pension au moins égale à l’ASF pour chaque enfant.',
      unknown: 'Il faut savoir si l’autre parent de {who} verse une pension alimentaire.',
    },
    differential: {
      met: 'La pension reçue ({pension}) est déduite : ASF différentielle.',
      notMet: '',
    },
    crds: CRDS_NOTE,
  },
  evaluate(ctx, t) {
    if (!t.check('alone', !ctx.couple)) return { amount: null };
    childrenBirthDatesKnown(ctx, t);
    const kids = dependants(ctx);
    if (!t.check('children', kids.length > 0, { n: plural(kids.length, 'enfant', 'enfants') }))
      return { amount: null };
    const per = familyGross(ctx.p('bmaf'), ctx.p('asf.taux.un_parent'));
    const pension = ctx.applicant.member.incomes?.maintenanceReceived ?? 0;
    let total = 0;
    let counted = 0;
    let partial = false;
    for (const c of kids) {
      const o = c.member.otherParent;
      if (o === undefined) {
        t.unknown('other_parent', [`${c.path}.otherParent`], { who: who(c) });
        total += per;
        continue;
      }
      if (o === 'pays') continue;
      counted++;
      if (o === 'pays_less') partial = true;
      total += per;
    }
    if (partial && pension > 0) {
      total = Math.max(0, total - pension);
      t.note('differential', { pension: euros(pension) });
    }
    if (!t.unsure && counted === 0) {
      t.check('other_parent', false);
      return { amount: null };
    }
    if (counted > 0) t.check('other_parent', true, { n: plural(counted, 'enfant', 'enfants') });
    if (total <= 0) return { status: 'not_eligible', amount: null };
    // RSA and prime d'activité count the ASF at most at a forfait per child (art. R262-10-1 CASF).
    ctx.memo.set(
      'resources.asf',
      Math.min(
        afterCrds(total, ctx.p('crds.taux')),
        cents(Math.max(counted, 1) * ctx.p('bmaf') * ctx.p('rsa.forfait_asf.taux_un_parent')),
      ),
    );
    t.note('crds');
    return {
      amount: monthly(afterCrds(cents(total), ctx.p('crds.taux')), partial || t.unsure),
    };
  },
};

export type { Trace };

export { ars, bourse_college, bourse_lycee } from './scolarite.js';
