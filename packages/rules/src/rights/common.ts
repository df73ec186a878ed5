// Shared helpers and sentences for the rights.
import type { Ctx, Person } from '../context.js';
import { addMonths, euros } from '../context.js';
import type { Amount } from '../result.js';
import type { ConditionText, Trace } from './types.js';

/** A monthly amount: an estimate unless every input is settled. */
export const monthly = (value: number, estimate = true): Amount => ({
  value,
  per: 'month',
  kind: estimate ? 'estimate' : 'flat',
});

export const SP = 'https://www.service-public.fr/particuliers/vosdroits/';

export const COMMON_CONDITIONS: Readonly<Record<string, ConditionText>> = {
  receiving: {
    met: 'Vous avez indiqué recevoir déjà cette aide.',
    notMet: 'Vous n’avez pas indiqué recevoir cette aide.',
  },
  incomes: {
    met: 'Revenus connus ({who}).',
    notMet: 'Revenus manquants ({who}).',
    unknown: 'Nous ne connaissons pas les revenus ({who}) : le résultat reste à confirmer.',
  },
  birth_date: {
    met: 'Date de naissance connue ({who}).',
    notMet: 'Date de naissance manquante ({who}).',
    unknown: 'Il manque la date de naissance ({who}).',
  },
  rfr: {
    met: 'Revenu fiscal de référence pris en compte : {value} (avis d’imposition, revenus de l’année N-2).',
    notMet: 'Revenu fiscal de référence inconnu.',
  },
  rfr_estimate: {
    met: 'Vous n’avez pas indiqué votre revenu fiscal de référence : nous l’avons estimé à {value} à partir de vos revenus actuels (la loi retient les revenus de l’année N-2). C’est une estimation.',
    notMet: 'Revenu fiscal de référence inconnu.',
  },
  partner: {
    met: 'Votre conjoint ou conjointe est décrit.',
    notMet: 'Votre conjoint ou conjointe n’est pas décrit.',
    unknown:
      'Vous vivez en couple, mais votre conjoint ou conjointe n’est pas décrit : ses revenus manquent.',
  },
  nationality: {
    met: 'Nationalité connue.',
    notMet: 'Nationalité inconnue.',
    unknown:
      'Il manque la nationalité ({who}) : française, Union européenne ou autre. Elle peut changer le droit.',
  },
  residence: {
    met: 'Votre situation de séjour permet cette aide.',
    notMet:
      'Cette aide demande {years} ans de titre de séjour au moins pour les personnes hors Union européenne ; vous avez indiqué {have} ans.',
    unknown:
      'Pour une personne hors Union européenne, il faut savoir depuis combien d’années elle a un titre de séjour.',
  },
};

export const who = (x: Person): string =>
  x.member.role === 'applicant'
    ? 'vous'
    : x.member.role === 'partner'
      ? 'votre conjoint ou conjointe'
      : x.member.role === 'child'
        ? `l’enfant « ${x.member.id} »`
        : `la personne « ${x.member.id} »`;

export interface IncomeSplit {
  activity: number;
  replacement: number;
  other: number;
  total: number;
}

/** Monthly net incomes of one person, by kind (missing fields count 0). */
export function incomesOf(x: Person): IncomeSplit {
  const i = x.member.incomes;
  if (!i) return { activity: 0, replacement: 0, other: 0, total: 0 };
  const activity = (i.salary ?? 0) + (i.selfEmployed ?? 0);
  const replacement = (i.unemploymentBenefit ?? 0) + (i.sickPay ?? 0) + (i.pension ?? 0);
  const other = (i.maintenanceReceived ?? 0) + (i.other ?? 0);
  return { activity, replacement, other, total: activity + replacement + other };
}

/** Sum of the incomes of the adults; flags each adult whose incomes were not given. */
export function adultsIncome(ctx: Ctx, t: Trace | undefined, persons: Person[] = ctx.adults): IncomeSplit {
  const sum: IncomeSplit = { activity: 0, replacement: 0, other: 0, total: 0 };
  // "couple: true" without a partner among the members: the partner's incomes are unknown.
  if (t && ctx.couple && !ctx.partner && persons === ctx.adults) t.unknown('partner', ['household.members']);
  for (const x of persons) {
    if (!x.member.incomes && t) t.unknown('incomes', [`${x.path}.incomes`], { who: who(x) });
    const s = incomesOf(x);
    sum.activity += s.activity;
    sum.replacement += s.replacement;
    sum.other += s.other;
    sum.total += s.total;
  }
  return sum;
}

/**
 * Revenu fiscal de référence of year N-2: the answer if given, otherwise an estimate from today's
 * incomes (12 months, 10 % deduction for wages, benefits and pensions), reported in the reasons.
 */
export function taxIncome(ctx: Ctx, t: Trace): { value: number; estimated: boolean } {
  const given = ctx.situation.taxReferenceIncome;
  if (given !== undefined) {
    t.note('rfr', { value: euros(given) });
    return { value: given, estimated: false };
  }
  let est = ctx.memo.get('rfr') as number | undefined;
  if (est === undefined) {
    est = 0;
    for (const x of ctx.adults) {
      const i = x.member.incomes;
      if (!i) continue;
      const deductible =
        (i.salary ?? 0) +
        (i.unemploymentBenefit ?? 0) +
        (i.sickPay ?? 0) +
        (i.pension ?? 0) +
        (i.maintenanceReceived ?? 0);
      est += 12 * (0.9 * deductible + (i.selfEmployed ?? 0) + (i.other ?? 0));
    }
    est = Math.round(est);
    ctx.memo.set('rfr', est);
  }
  t.note('rfr_estimate', { value: euros(est) });
  t.need(['taxReferenceIncome']);
  for (const x of ctx.adults) if (!x.member.incomes) t.need([`${x.path}.incomes`]);
  return { value: est, estimated: true };
}

/** Checks the residence condition for a person (EU: yes; other: years of residence permit). */
export function residenceOk(t: Trace, x: Person, years: number): boolean | undefined {
  const n = x.member.nationality;
  if (n === undefined) {
    t.unknown('nationality', [`${x.path}.nationality`], { who: who(x) });
    return undefined;
  }
  if (n !== 'other') return t.check('residence', true);
  const have = x.member.residencePermitYears;
  if (have === undefined) {
    t.unknown('residence', [`${x.path}.residencePermitYears`], { years });
    return undefined;
  }
  return t.check('residence', have >= years, { years, have });
}

/** Children whose age is known and within [min, max] (inclusive, whole years). */
export function childrenAged(ctx: Ctx, min: number, max: number): Person[] {
  return ctx.children.filter((c) => c.age !== undefined && c.age >= min && c.age <= max);
}

/** Records children without a birth date as missing; returns whether all are known. */
export function childrenBirthDatesKnown(ctx: Ctx, t: Trace): boolean {
  let ok = true;
  for (const c of ctx.children)
    if (c.age === undefined) {
      t.unknown('birth_date', [`${c.path}.birthDate`], { who: who(c) });
      ok = false;
    }
  return ok;
}

export const plural = (n: number, one: string, many: string): string => `${n} ${n > 1 ? many : one}`;

/** Legal retirement age of a person born on `birthDate`, in months (CSS L161-17-2, by generation). */
export function retirementAgeMonths(ctx: Ctx, birthDate: string): number {
  const generations = ctx.list('retraite.age_legal.generations');
  const months = ctx.list('retraite.age_legal.mois');
  const born = +birthDate.slice(0, 4) * 100 + +birthDate.slice(5, 7);
  let i = 0;
  while (i < generations.length && born >= (generations[i] as number)) i++;
  return months[Math.min(i, months.length - 1)] as number;
}

/** Whether a person has reached the legal retirement age on the evaluated month (false if unknown). */
export const pastRetirementAge = (ctx: Ctx, x: Person): boolean =>
  x.member.birthDate !== undefined &&
  addMonths(x.member.birthDate, retirementAgeMonths(ctx, x.member.birthDate)) <= ctx.date;

/** "62 ans et 9 mois" from 753 months. */
export const yearsAndMonths = (months: number): string =>
  `${Math.floor(months / 12)} ans${months % 12 ? ` et ${months % 12} mois` : ''}`;

const MONTHS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
  ' ',
);
/** "octobre 2025" from 2025-10 or 2025-10-01. */
export const monthName = (date: string): string => `${MONTHS[+date.slice(5, 7) - 1]} ${date.slice(0, 4)}`;
