// Allocation de solidarité aux personnes âgées (ASPA, minimum vieillesse).
import { cents, euros, type Person } from '../context.js';
import { adultsIncome, monthly, pastRetirementAge, residenceOk, SP, who } from './common.js';
import type { RightDefinition } from './types.js';

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
    return { amount: monthly(value) };
  },
};
