// Contrat d'engagement jeune: the programme and its monthly allowance (code du travail, art. L5131-6 and
// D5131-16 to D5131-24).
import { type Ctx, euros, type Person } from '../context.js';
import { SP, who } from './common.js';
import { everyone } from './steps.js';
import type { Outcome, RightDefinition, Trace } from './types.js';

// Said as unknown (the tax household has no question); `met` is the same sentence.
const ALLOWANCE =
  'Allocation : jusqu’à {adult} par mois si le foyer fiscal (le vôtre, ou celui de vos parents si vous y êtes rattaché) ne paie pas d’impôt sur le revenu, {first} s’il est dans la première tranche de l’impôt, rien au-delà. Elle baisse si vous avez des revenus du travail. La Mission locale ou France Travail la calcule.';
const ALLOWANCE_MINOR =
  'Allocation avant 18 ans : jusqu’à {minor} par mois si le foyer fiscal ne paie pas d’impôt sur le revenu ou est dans la première tranche, rien au-delà. Elle baisse si vous avez des revenus du travail.';

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
    allowance_minor: { met: ALLOWANCE_MINOR, notMet: '', unknown: ALLOWANCE_MINOR },
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
  const value = ctx.p(minor ? 'cej.allocation.mineur' : 'cej.allocation.majeur_non_imposable');
  // Unknown rather than met: the tax household has no question in the questionnaire.
  if (minor) t.unknown('allowance_minor', [], { minor: euros(value) });
  else
    t.unknown('allowance', [], {
      adult: euros(value),
      first: euros(ctx.p('cej.allocation.majeur_premiere_tranche')),
    });
  return { status: 'possible', amount: { value, per: 'month', kind: 'flat', upTo: true } };
}
