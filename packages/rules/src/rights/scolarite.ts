// School-year family benefits: allocation de rentrée scolaire (ARS), bourses de collège et de lycée.
import { familyBenefit, schoolGrant } from './benefit.js';
import { ageAt, cents, type Ctx, euros } from '../context.js';
import { type ParameterId, valueAt } from '../parameters/index.js';
import { childrenBirthDatesKnown, plural, SP, taxIncome, who } from './common.js';
import { CRDS_NOTE, dependants } from './family-base.js';
import type { RightDefinition } from './types.js';

const parameterValue = valueAt;

/** The school year whose start falls in the evaluated calendar year. */
const schoolYear = (ctx: Ctx): number => ctx.year;

export const ars: RightDefinition = {
  id: 'ars',
  theme: 'famille',
  label: 'Allocation de rentrée scolaire (ARS)',
  amountKind: 'yearly',
  contacts: ['caf', 'msa'],
  sources: ['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000026087214', `${SP}F1878`],
  conditions: {
    children: {
      met: '{n} l’âge de l’ARS à la rentrée {year} (6 ans avant la fin de l’année, moins de 18 ans au 15 septembre).',
      notMet: 'Aucun enfant n’a l’âge de l’ARS à la rentrée {year} (de 6 à 18 ans).',
    },
    school: {
      met: 'Les enfants de 16 ans et plus sont scolarisés ou en apprentissage.',
      notMet: 'Un enfant de 16 ans ou plus n’est pas scolarisé : il n’ouvre pas droit à l’ARS.',
      unknown: 'Il faut savoir si {who} (16 ans ou plus) est toujours scolarisé.',
    },
    ceiling: {
      met: 'Vos revenus ({rfr}) ne dépassent pas le plafond ({ceiling}).',
      notMet: 'Vos revenus ({rfr}) dépassent le plafond ({ceiling}).',
    },
    differential: {
      met: 'Vos revenus dépassent un peu le plafond : une ARS réduite (différentielle) est versée.',
      notMet: 'L’ARS différentielle serait inférieure au minimum versé ({min}).',
    },
    crds: CRDS_NOTE,
  },
  evaluate(ctx, t) {
    childrenBirthDatesKnown(ctx, t);
    const y = schoolYear(ctx);
    const aug = `${y}-08-01`;
    const bmaf = parameterValue('bmaf', aug);
    let total = 0;
    let count = 0;
    for (const c of ctx.children) {
      const birth = c.member.birthDate;
      if (!birth) continue;
      const ageDec = ageAt(birth, `${y}-12-31`);
      const ageSept = ageAt(birth, `${y}-09-15`);
      if (ageDec < 6 || ageSept >= 18) continue;
      if (ageSept >= 16) {
        if (c.member.inSchool === undefined) {
          t.unknown('school', [`${c.path}.inSchool`], { who: who(c) });
        } else if (!c.member.inSchool) {
          continue;
        }
      }
      const rate =
        ageDec <= 10
          ? parameterValue('ars.taux.6_10_ans', aug)
          : ageDec <= 14
            ? parameterValue('ars.taux.11_14_ans', aug)
            : parameterValue('ars.taux.15_18_ans', aug);
      // Paid per child, each net of CRDS: 1 332,66 = 423,48 + 446,85 + 462,33.
      total += familyBenefit(bmaf, rate, ctx.p('crds.taux'));
      count++;
    }
    if (!t.check('children', count > 0, { n: plural(count, 'enfant a', 'enfants ont'), year: y }))
      return { amount: null };
    const n = dependants(ctx).length;
    const ceiling = Math.round(
      parameterValue('ars.plafond', aug) * (1 + ctx.p('ars.plafond.majoration_par_enfant') * n),
    );
    const rfr = taxIncome(ctx, t);
    const status = t.unsure || rfr.estimated ? 'possible' : 'eligible';
    if (rfr.value > ceiling) {
      t.check('ceiling', false, { rfr: euros(rfr.value), ceiling: euros(ceiling) });
      const diff = ceiling + total - rfr.value;
      const min = ctx.p('ars.montant_minimum_verse');
      if (diff > 0 && diff >= min) {
        t.failed = false;
        t.note('differential');
        return { status, amount: { value: cents(diff), per: 'year', kind: 'estimate' } };
      }
      if (diff > 0) t.check('differential', false, { min: euros(min) });
      return { amount: null };
    }
    t.check('ceiling', true, { rfr: euros(rfr.value), ceiling: euros(ceiling) });
    t.note('crds');
    return {
      status,
      amount: { value: cents(total), per: 'year', kind: rfr.estimated ? 'estimate' : 'flat' },
    };
  },
};

function bourse(level: 'college' | 'lycee'): RightDefinition {
  const college = level === 'college';
  const id = college ? 'bourse_college' : 'bourse_lycee';
  return {
    id,
    theme: 'famille',
    label: college ? 'Bourse de collège' : 'Bourse de lycée',
    amountKind: 'yearly',
    contacts: ['etablissement-scolaire', 'france-services'],
    sources: [
      college
        ? 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000032325020'
        : 'https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000032325028',
      college
        ? 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000034601676'
        : 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033056575',
      `${SP}${college ? 'F984' : 'F616'}`,
    ],
    conditions: {
      pupil: {
        met: college ? '{n} au collège.' : '{n} au lycée.',
        notMet: college ? 'Aucun enfant n’est au collège.' : 'Aucun enfant n’est au lycée.',
        unknown: college
          ? 'D’après son âge, {who} pourrait être au collège : précisez sa classe.'
          : 'D’après son âge, {who} pourrait être au lycée : précisez sa classe.',
      },
      ceiling: {
        met: 'Vos revenus ({rfr}) donnent l’échelon {step} (plafond {ceiling} pour {kids}).',
        notMet: 'Vos revenus ({rfr}) dépassent le plafond de l’échelon 1 ({ceiling} pour {kids}).',
      },
      amount_note: {
        met: 'Montant calculé avec le barème de la rentrée {year} (part de la BMAF, arrondie à un multiple de 3 €) ; la classe et le nombre d’enfants à charge sont ceux que vous avez indiqués.',
        notMet: '',
      },
    },
    evaluate(ctx, t) {
      const y = ctx.year;
      let pupils = 0;
      let guessed = 0;
      for (const c of ctx.children) {
        const lvl = c.member.schoolLevel;
        if (lvl !== undefined) {
          if (lvl === level) pupils++;
          continue;
        }
        if (!c.member.birthDate) continue;
        const a = ageAt(c.member.birthDate, `${y}-12-31`);
        const likely = college ? a >= 11 && a <= 14 : a >= 15 && a <= 17;
        if (likely) {
          t.unknown('pupil', [`${c.path}.schoolLevel`], { who: who(c) });
          guessed++;
        }
      }
      if (pupils === 0 && guessed === 0) {
        t.check('pupil', false);
        return { amount: null };
      }
      if (pupils > 0) t.check('pupil', true, { n: plural(pupils, 'enfant est', 'enfants sont') });
      const nKids = Math.min(8, Math.max(1, ctx.children.length));
      // Ceilings: multiples of the SMIC horaire brut of 1 July of the year before the rentrée; amounts:
      // share of the BMAF of 1 January of the rentrée year, rounded to a multiple of 3 € (2024-2025:
      // collège 114 / 315 / 495 €, ceilings 17 927 / 9 691 / 3 419 € for one child, service-public F984).
      const smic = parameterValue('smic.horaire_brut', `${y - 1}-07-01`);
      const bmaf = parameterValue('bmaf', `${y}-01-01`);
      const rfr = taxIncome(ctx, t);
      // Collège has 3 échelons, lycée 6: the id is checked at run time (parameters throw on a bad id).
      const key = (kind: 'plafond' | 'montant', e: number) => `${id}.${kind}.echelon_${e}` as ParameterId;
      let step = 0;
      let ceiling1 = 0;
      for (let e = 1; e <= (college ? 3 : 6); e++) {
        const ceil = Math.round((ctx.list(key('plafond', e))[nKids - 1] as number) * smic);
        if (e === 1) ceiling1 = ceil;
        if (rfr.value <= ceil) step = e;
      }
      const kids = plural(nKids, 'enfant à charge', 'enfants à charge');
      if (step === 0) {
        t.check('ceiling', false, { rfr: euros(rfr.value), ceiling: euros(ceiling1), kids });
        return { amount: null };
      }
      const ceiling = Math.round((ctx.list(key('plafond', step))[nKids - 1] as number) * smic);
      t.check('ceiling', true, { rfr: euros(rfr.value), step, ceiling: euros(ceiling), kids });
      const per = schoolGrant(bmaf, ctx.p(key('montant', step)));
      t.note('amount_note', { year: y });
      return {
        status: t.unsure || rfr.estimated ? 'possible' : 'eligible',
        variant: `echelon_${step}`,
        amount: {
          value: per * (pupils + guessed),
          per: 'year',
          kind: rfr.estimated || guessed > 0 ? 'estimate' : 'flat',
        },
      };
    },
  };
}

export const bourse_college = bourse('college');
export const bourse_lycee = bourse('lycee');
