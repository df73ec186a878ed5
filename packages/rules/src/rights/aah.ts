// Allocation aux adultes handicapés (AAH).
import { cents, type Ctx, euros } from '../context.js';
import {
  incomesOf,
  monthly,
  pastRetirementAge,
  retirementAgeMonths,
  SP,
  who,
  yearsAndMonths,
} from './common.js';
import type { RightDefinition } from './types.js';

/** Activity income counted for the AAH after the 80 % / 40 % allowances. */
function aahActivity(ctx: Ctx, monthly: number): number {
  const threshold = ctx.p('aah.abattement_activite.seuil_smic') * ctx.p('smic.horaire_brut') * 151.67;
  const allowance =
    ctx.p('aah.abattement_activite.taux_bas') * Math.min(monthly, threshold) +
    ctx.p('aah.abattement_activite.taux_haut') * Math.max(monthly - threshold, 0);
  return monthly - allowance;
}

export const aah: RightDefinition = {
  id: 'aah',
  theme: 'ressources',
  label: 'Allocation aux adultes handicapés (AAH)',
  amountKind: 'monthly',
  contacts: ['mdph', 'caf', 'msa'],
  sources: [
    'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000023097719',
    'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046186723',
    `${SP}F12242`,
  ],
  conditions: {
    rate: {
      met: 'Taux d’incapacité ({who}) : {rate} %{extra}.',
      notMet:
        'L’AAH demande un taux d’incapacité d’au moins 80 %, ou de 50 à 79 % avec une restriction durable d’accès à l’emploi (RSDAE) reconnue par la MDPH.',
      unknown:
        'Avec un taux de 50 à 79 %, il faut une restriction substantielle et durable d’accès à l’emploi (RSDAE) reconnue par la MDPH.',
    },
    no_rate: {
      met: '',
      notMet: 'Aucun taux d’incapacité reconnu par la MDPH n’a été indiqué.',
    },
    age: {
      met: 'Âge ({who}) : {age} ans, 20 ans au moins.',
      notMet:
        'L’AAH commence à 20 ans (16 ans si l’enfant n’est plus à charge) ; avec un taux de 50 à 79 %, elle s’arrête à l’âge légal de la retraite, qui dépend de l’année de naissance ({max} ici).',
      unknown: 'Il manque la date de naissance ({who}).',
    },
    couple_rfr: {
      met: 'Revenus du couple retenus : revenu fiscal de référence de {value} (année N-2), après l’abattement sur les revenus du conjoint.',
      notMet: '',
      unknown:
        'Pour ce mois, l’AAH dépend des revenus du couple de l’année N-2 : indiquez le revenu fiscal de référence.',
    },
    partner_income: {
      met: 'Depuis octobre 2023, les revenus du conjoint ne comptent plus pour l’AAH.',
      notMet: 'Pour ce mois, les revenus du conjoint comptent encore pour l’AAH (avant octobre 2023).',
    },
    amount: {
      met: 'Ressources prises en compte : {resources} par an ; plafond {ceiling} : AAH de {value} par mois.',
      notMet: 'Vos ressources ({resources} par an) dépassent le plafond ({ceiling}).',
    },
  },
  evaluate(ctx, t) {
    let total = 0;
    let any = false;
    // Grown children (20 or more) living with their parents can get the AAH in their own right.
    const candidates = [
      ...ctx.adults,
      ...ctx.children.filter((c) => c.age !== undefined && c.age >= 20),
      ...ctx.others.filter((c) => c.age !== undefined && c.age >= 20),
    ];
    for (const a of candidates) {
      const adult = ctx.adults.includes(a);
      const rate = a.member.disabilityRate;
      if (rate === undefined || rate < 50) continue;
      any = true;
      const full = rate >= ctx.p('aah.taux_incapacite') * 100;
      // Age first: a person past the age limits is excluded whatever the other answers.
      if (a.age === undefined || !a.member.birthDate)
        t.unknown('age', [`${a.path}.birthDate`], { who: who(a) });
      else if (
        !t.check('age', a.age >= ctx.p('aah.age_minimum') && (full || !pastRetirementAge(ctx, a)), {
          who: who(a),
          age: a.age,
          max: yearsAndMonths(retirementAgeMonths(ctx, a.member.birthDate)),
        })
      )
        continue;
      if (!full) {
        if (a.member.rsdae === undefined) {
          t.unknown('rate', [`${a.path}.rsdae`]);
        } else if (!t.check('rate', a.member.rsdae, { who: who(a), rate, extra: ' avec RSDAE' })) continue;
      } else t.check('rate', true, { who: who(a), rate, extra: '' });
      const deconj = ctx.p('aah.deconjugalisation') === 1;
      const kids = adult ? ctx.children.filter((c) => c.age === undefined || c.age < 20).length : 0;
      const montant = ctx.p('aah.montant');
      const own = incomesOf(a);
      let resources = 12 * (aahActivity(ctx, own.activity) + own.replacement + own.other);
      if (!a.member.incomes) t.unknown('incomes', [`${a.path}.incomes`], { who: who(a) });
      let ceiling = 12 * montant * (1 + ctx.p('aah.plafond.majoration_par_enfant') * kids);
      const other = ctx.adults.find((x) => x !== a);
      if (ctx.couple && adult) {
        t.check('partner_income', deconj);
        t.failed = t.failed && deconj; // informative
        if (!deconj) {
          ceiling =
            12 *
            montant *
            (1 + ctx.p('aah.plafond.majoration_couple') + ctx.p('aah.plafond.majoration_par_enfant') * kids);
          if (other) {
            // The couple's resources of year N-2 (tax return), with the allowance on the partner's
            // income: no current-income guess here, the answer is asked.
            const rfr = ctx.situation.taxReferenceIncome;
            if (rfr === undefined) {
              t.unknown('couple_rfr', ['taxReferenceIncome']);
            } else {
              const since2022 = ctx.date >= '2022-01-01';
              resources = since2022
                ? Math.max(
                    0,
                    rfr -
                      (ctx.p('aah.abattement_conjoint.forfait') +
                        ctx.p('aah.abattement_conjoint.par_enfant') * kids),
                  )
                : rfr * 0.8;
              t.note('couple_rfr', { value: euros(rfr) });
            }
          }
        }
      }
      resources = Math.round(resources);
      const value = cents(Math.min(montant, (ceiling - resources) / 12));
      if (
        !t.check('amount', value > 0, {
          resources: euros(resources),
          ceiling: euros(Math.round(ceiling)),
          value: euros(value),
        })
      )
        continue;
      total += value;
    }
    if (!any) {
      t.check('no_rate', false);
      for (const a of ctx.adults)
        if (a.member.disabilityRate === undefined) t.need([`${a.path}.disabilityRate`]);
      return { status: 'not_eligible', amount: null };
    }
    if (total <= 0)
      return t.unsure ? { status: 'possible', amount: null } : { status: 'not_eligible', amount: null };
    t.failed = false;
    return { amount: monthly(cents(total)) };
  },
};
