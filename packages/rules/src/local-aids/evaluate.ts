// Checks the declarative conditions of local aids against a situation. Each condition is met, not met,
// or unknown (an answer is missing): unknown makes the aid `possible`, never silently eligible.
import { ageAt } from '../dates.js';
import type { Member, Situation } from '../situation.js';
import type { Amount, Procedure, Reason, RightResult } from '../result.js';
import type { LocalAid, LocalAidsFile } from './schema.js';

/** A reason of a local aid: the contract's reason (result.ts). */
export type LocalAidReason = Reason;

/**
 * A local aid: a right result of the contract (result.ts), with what the widget shows on top: who
 * publishes it, its description, procedure and contact.
 */
export interface LocalAidResult extends RightResult {
  /** `local:<source>:<id>` */
  id: string;
  amount: (Amount & { kind: 'flat' }) | null;
  local: true;
  description: string;
  publisher: string;
  /** Same shape as national rights: where to apply, the steps, the papers to prepare. */
  procedure: Procedure;
  contact: LocalAid['contact'];
}

export interface EvaluateLocalAidsOptions {
  /** National results, so `receivingAnyOf` also counts rights found `eligible`. */
  national?: ReadonlyArray<{ id: string; status: string }>;
  /** EPCI (SIREN) of a commune (INSEE); without it EPCI conditions stay unknown. */
  epciOf?: (commune: string) => string | undefined;
}

type Tri = boolean | undefined;
// One formatter for every amount: building one per amount made a step with 10 000 local aids take seconds.
let euroFormat: Intl.NumberFormat | undefined;
const euro = (n: number) => {
  euroFormat ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
  return `${euroFormat.format(n)} €`;
};

const age = (birthDate: string | undefined, month: string): number | undefined =>
  birthDate ? ageAt(birthDate, month) : undefined;

const MAIN_INCOME: Partial<Record<string, keyof NonNullable<Member['incomes']>>> = {
  employed: 'salary',
  apprentice: 'salary',
  self_employed: 'selfEmployed',
  unemployed: 'unemploymentBenefit',
  retired: 'pension',
};

/**
 * Monthly resources of the household from the incomes declared, or the paths still missing. Resources
 * are known for an adult once the activity is given and the income it implies is answered.
 */
export function householdMonthlyResources(situation: Situation): { value?: number; missing: string[] } {
  const missing: string[] = [];
  let total = 0;
  situation.household.members.forEach((m, i) => {
    const incomes = m.incomes ?? {};
    for (const v of Object.values(incomes)) total += typeof v === 'number' ? v : 0;
    if (m.role !== 'applicant' && m.role !== 'partner') return;
    if (!m.activity) {
      missing.push(`household.members[${i}].activity`);
      return;
    }
    const field = MAIN_INCOME[m.activity];
    if (field && incomes[field] === undefined) missing.push(`household.members[${i}].incomes.${field}`);
  });
  return missing.length ? { missing } : { value: total, missing };
}

/** INSEE consumption units: 1 for the first adult, 0.5 per other person aged 14+, 0.3 under 14. */
// Source: INSEE, définition « Unité de consommation », https://www.insee.fr/fr/metadonnees/definition/c1802
// (checked 2026-11-24).
export function consumptionUnits(situation: Situation, month: string): { value?: number; missing: string[] } {
  const missing: string[] = [];
  let uc = 0;
  situation.household.members.forEach((m, i) => {
    if (m.role === 'applicant') {
      uc += 1;
      return;
    }
    if (m.role === 'partner') {
      uc += 0.5;
      return;
    }
    const a = age(m.birthDate, month);
    if (a === undefined) missing.push(`household.members[${i}].birthDate`);
    else uc += a >= 14 ? 0.5 : 0.3;
  });
  return missing.length ? { missing } : { value: uc, missing };
}

/**
 * Number of parts of the CAF quotient familial: 1 for a person alone, 2 for a couple or a single parent,
 * +0.5 for each of the first two children, +1 from the third, +0.5 per child with a disability.
 * Source: method published by the Cnaf, summarised at http://www.monportailfinancier.fr/article/quotient-familial-caf/
 * (secondary source, checked 2026-11-24); each CAF may adapt it, so results say "estimé".
 */
export function quotientFamilialParts(situation: Situation): number {
  const members = situation.household.members;
  const children = members.filter((m) => m.role === 'child');
  const couple = situation.household.couple === true || members.some((m) => m.role === 'partner');
  let parts = couple || children.length > 0 ? 2 : 1;
  children.forEach((c, i) => {
    parts += i < 2 ? 0.5 : 1;
    if ((c.disabilityRate ?? 0) >= 50) parts += 0.5;
  });
  return parts;
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function evaluateOne(
  aid: LocalAid,
  file: LocalAidsFile,
  situation: Situation,
  month: string,
  options: EvaluateLocalAidsOptions,
): LocalAidResult {
  const c = aid.conditions;
  const reasons: LocalAidReason[] = [];
  const missing: string[] = [];
  const states: Tri[] = [];
  const members = situation.household.members;
  const add = (
    code: string,
    state: Tri,
    metText: string,
    notMetText: string,
    unknownText: string,
    paths: string[],
  ) => {
    states.push(state);
    if (state === undefined) {
      missing.push(...paths);
      reasons.push({ code, met: false, text: unknownText });
    } else reasons.push({ code, met: state, text: state ? metText : notMetText });
  };

  // Validity dates first: an aid out of its dates is not offered, whatever the household.
  const monthStart = `${month}-01`;
  if (aid.validFrom && aid.validFrom > lastDay(month))
    add(
      'validity',
      false,
      '',
      `Cette aide commence le ${aid.validFrom.split('-').reverse().join('/')}.`,
      '',
      [],
    );
  if (aid.validUntil && aid.validUntil < monthStart)
    add(
      'validity',
      false,
      '',
      `Cette aide s’est terminée le ${aid.validUntil.split('-').reverse().join('/')}.`,
      '',
      [],
    );

  if (c.communes || c.epcis) {
    const commune = situation.commune;
    let state: Tri;
    if (!commune) state = undefined;
    else if (c.communes?.includes(commune)) state = true;
    else if (c.epcis) {
      const epci = options.epciOf?.(commune);
      state = epci === undefined ? undefined : c.epcis.includes(epci);
      if (state === undefined && c.communes) state = false;
    } else state = false;
    add(
      'residence',
      state,
      'Vous habitez dans le territoire de cette aide.',
      'Cette aide est réservée aux habitants d’un autre territoire.',
      'Il faut savoir dans quelle commune vous habitez.',
      ['commune'],
    );
  }

  if (c.age) {
    const { min, max, who } = c.age;
    const inRange = (a: number) => (min === undefined || a >= min) && (max === undefined || a <= max);
    const range =
      min !== undefined && max !== undefined
        ? `de ${min} à ${max} ans`
        : min !== undefined
          ? `de ${min} ans ou plus`
          : `de ${max} ans ou moins`;
    const pool = members
      .map((m, i) => ({ m, i }))
      .filter(({ m }) =>
        who === 'applicant'
          ? m.role === 'applicant'
          : who === 'any_adult'
            ? m.role === 'applicant' || m.role === 'partner'
            : m.role === 'child',
      );
    const ages = pool.map(({ m }) => age(m.birthDate, month));
    let state: Tri;
    if (ages.some((a) => a !== undefined && inRange(a))) state = true;
    else if (ages.some((a) => a === undefined)) state = undefined;
    else state = false;
    const whoText =
      who === 'applicant'
        ? 'pour les personnes'
        : who === 'any_adult'
          ? 'pour les adultes'
          : 'pour les enfants';
    add(
      'age',
      state,
      `L’âge correspond : cette aide est ${whoText} ${range}.`,
      `Cette aide est ${whoText} ${range}.`,
      'Il faut connaître les dates de naissance.',
      pool.filter((_, k) => ages[k] === undefined).map(({ i }) => `household.members[${i}].birthDate`),
    );
  }

  if (c.household) {
    const h = c.household;
    const children = members.filter((m) => m.role === 'child');
    const couple =
      situation.household.couple ?? (members.some((m) => m.role === 'partner') ? true : undefined);
    if (h.couple !== undefined) {
      add(
        'couple',
        couple === undefined ? undefined : couple === h.couple,
        h.couple ? 'Vous vivez en couple.' : 'Vous vivez seul ou seule.',
        h.couple ? 'Cette aide est pour les couples.' : 'Cette aide est pour les personnes seules.',
        'Il faut savoir si vous vivez en couple.',
        ['household.couple'],
      );
    }
    if (h.singleParent !== undefined) {
      const single = couple === undefined ? undefined : !couple && children.length > 0;
      add(
        'single_parent',
        single === undefined ? undefined : single === h.singleParent,
        h.singleParent ? 'Vous élevez seul ou seule vos enfants.' : 'Vous n’êtes pas parent isolé.',
        h.singleParent
          ? 'Cette aide est pour les parents qui élèvent seuls leurs enfants.'
          : 'Cette aide n’est pas pour les parents isolés.',
        'Il faut savoir si vous vivez en couple.',
        ['household.couple'],
      );
    }
    if (h.minChildren !== undefined || h.maxChildren !== undefined) {
      const ranged = h.childAge;
      const ages = children.map((m) => age(m.birthDate, month));
      const unknown = ranged ? ages.filter((a) => a === undefined).length : 0;
      const count = ranged
        ? ages.filter(
            (a) =>
              a !== undefined &&
              (ranged.min === undefined || a >= ranged.min) &&
              (ranged.max === undefined || a <= ranged.max),
          ).length
        : children.length;
      const okMin = h.minChildren === undefined || count >= h.minChildren;
      const okMax = h.maxChildren === undefined || count + unknown <= h.maxChildren;
      let state: Tri = okMin && okMax;
      if (!state && unknown > 0 && (h.minChildren === undefined || count + unknown >= h.minChildren))
        state = undefined;
      const ageText = ranged ? ` de ${ranged.min ?? 0} à ${ranged.max ?? 25} ans` : '';
      const need =
        h.minChildren !== undefined && h.maxChildren !== undefined
          ? `de ${h.minChildren} à ${h.maxChildren} enfant(s)${ageText}`
          : h.minChildren !== undefined
            ? `au moins ${h.minChildren} enfant(s)${ageText}`
            : `au plus ${h.maxChildren} enfant(s)${ageText}`;
      add(
        'children',
        state,
        `Votre foyer compte ${need}.`,
        `Cette aide demande ${need} à charge.`,
        'Il faut connaître l’âge des enfants.',
        members.flatMap((m, i) =>
          m.role === 'child' && !m.birthDate ? [`household.members[${i}].birthDate`] : [],
        ),
      );
    }
  }

  if (c.housingStatus) {
    const status = situation.housing?.status;
    add(
      'housing',
      status === undefined ? undefined : c.housingStatus.includes(status),
      'Votre logement correspond à cette aide.',
      'Cette aide est pour un autre type de logement.',
      'Il faut savoir où vous habitez (locataire, propriétaire, hébergé…).',
      ['housing.status'],
    );
  }

  if (c.disabilityRateAtLeast !== undefined) {
    const rates = members.map((m) => m.disabilityRate);
    const min = c.disabilityRateAtLeast;
    const state: Tri = rates.some((r) => r !== undefined && r >= min)
      ? true
      : members.some(
            (m) => (m.role === 'applicant' || m.role === 'partner') && m.disabilityRate === undefined,
          )
        ? undefined
        : false;
    add(
      'disability',
      state,
      `Une personne du foyer a un taux d’incapacité d’au moins ${min} %.`,
      `Cette aide demande un taux d’incapacité d’au moins ${min} %.`,
      'Il faut savoir si la MDPH a reconnu un taux d’incapacité.',
      members.flatMap((m, i) =>
        (m.role === 'applicant' || m.role === 'partner') && m.disabilityRate === undefined
          ? [`household.members[${i}].disabilityRate`]
          : [],
      ),
    );
  }

  if (c.receivingAnyOf) {
    const receiving = new Set(situation.receiving ?? []);
    const national = options.national ?? [];
    const hit = c.receivingAnyOf.some(
      (id) => receiving.has(id) || national.some((r) => r.id === id && r.status === 'eligible'),
    );
    const pending = c.receivingAnyOf.some((id) =>
      national.some((r) => r.id === id && r.status === 'possible'),
    );
    const names = c.receivingAnyOf.join(', ').toUpperCase();
    add(
      'national_right',
      hit ? true : pending ? undefined : false,
      `Vous recevez ou pouvez recevoir : ${names}.`,
      `Cette aide est pour les personnes qui reçoivent : ${names}.`,
      `Il faut d’abord savoir si vous avez droit à : ${names}.`,
      [],
    );
  }

  if (c.resourcesPerConsumptionUnit || c.quotientFamilial) {
    const res = householdMonthlyResources(situation);
    if (c.resourcesPerConsumptionUnit) {
      const uc = consumptionUnits(situation, month);
      const max = c.resourcesPerConsumptionUnit.max;
      const per = res.value !== undefined && uc.value ? res.value / uc.value : undefined;
      add(
        'resources_uc',
        per === undefined ? undefined : per <= max,
        `Vos ressources, environ ${euro(Math.round(per ?? 0))} par mois et par part, sont sous le plafond de ${euro(max)}.`,
        `Vos ressources, environ ${euro(Math.round(per ?? 0))} par mois et par part, dépassent le plafond de ${euro(max)}.`,
        'Il faut connaître les revenus du foyer et l’âge de chacun.',
        [...res.missing, ...uc.missing],
      );
    }
    if (c.quotientFamilial) {
      const max = c.quotientFamilial.max;
      const parts = quotientFamilialParts(situation);
      // Prefer the yearly tax income the CAF uses; else today's incomes, said to be an estimate.
      const monthly =
        situation.taxReferenceIncome !== undefined ? situation.taxReferenceIncome / 12 : res.value;
      const qf = monthly === undefined ? undefined : monthly / parts;
      const shown = `environ ${euro(Math.round(qf ?? 0))} (estimé)`;
      add(
        'quotient_familial',
        qf === undefined ? undefined : qf <= max,
        `Votre quotient familial, ${shown}, est sous le plafond de ${euro(max)}.`,
        `Votre quotient familial, ${shown}, dépasse le plafond de ${euro(max)}.`,
        'Il faut connaître les revenus du foyer.',
        res.missing,
      );
    }
  }

  const id = `local:${file.source}:${aid.id}`;
  const received = (situation.receiving ?? []).includes(id);
  const status: LocalAidResult['status'] = states.includes(false)
    ? 'not_eligible'
    : received
      ? 'already_received'
      : states.includes(undefined)
        ? 'possible'
        : 'eligible';
  return {
    id,
    theme: aid.theme,
    status,
    amount: aid.amount
      ? {
          value: aid.amount.value,
          per: aid.amount.per,
          kind: 'flat',
          ...(aid.amount.upTo ? { upTo: true } : {}),
        }
      : null,
    reasons,
    missing: [...new Set(missing)],
    contacts: ['ccas'],
    sources: aid.source ? [aid.source] : [],
    local: true,
    label: aid.label,
    description: aid.description,
    publisher: file.publisher,
    procedure: {
      url: aid.procedure?.url ?? aid.contact.url ?? '',
      steps: aid.procedure ? [aid.procedure.text] : [],
      papers: aid.papers ?? [],
    },
    contact: aid.contact,
  };
}

/**
 * Evaluates every local aid of one or more files for a situation and a month (YYYY-MM). Results have the
 * contract's right shape with ids `local:<source>:<id>`, ready to merge with the national results.
 */
export function evaluateLocalAids(
  files: LocalAidsFile | readonly LocalAidsFile[],
  situation: Situation,
  month: string = situation.month ?? new Date().toISOString().slice(0, 7),
  options: EvaluateLocalAidsOptions = {},
): LocalAidResult[] {
  const list: readonly LocalAidsFile[] = Array.isArray(files) ? files : [files as LocalAidsFile];
  return list.flatMap((file) =>
    file.aids.map((aid: LocalAid) => evaluateOne(aid, file, situation, month, options)),
  );
}

/**
 * The `localAids` option of evaluate(): local aids evaluated after the national rights, which they may
 * require (`receivesNational`).
 */
export function localAidsEvaluator(
  files: LocalAidsFile | readonly LocalAidsFile[],
  options: Omit<EvaluateLocalAidsOptions, 'national'> = {},
): (
  situation: Situation,
  month: string,
  national: ReadonlyArray<{ id: string; status: string }>,
) => RightResult[] {
  return (situation, month, national) => evaluateLocalAids(files, situation, month, { ...options, national });
}
