// Allocation de solidarité spécifique (ASS).
import { cents, euros } from '../context.js';
import { adultsIncome, monthly, SP, who } from './common.js';
import type { RightDefinition } from './types.js';

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
    mayotte: {
      met: 'À Mayotte, l’ASS a son propre montant : {day} par jour.',
      notMet: '',
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
    // Mayotte has its own daily amount; the ceilings stay 70 and 110 of those daily amounts.
    const mayotte = (ctx.situation.commune ?? '').startsWith('976');
    const day = ctx.p(mayotte ? 'ass.montant_journalier_mayotte' : 'ass.montant_journalier');
    if (mayotte) t.note('mayotte', { day: euros(day) });
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
    return { amount: monthly(value) };
  },
};
