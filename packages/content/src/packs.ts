// What each generated right pack (src/rights/generated/<file>.ts) must hold, computed from the texts, the
// glossaries and the parameters of @passerelle/rules. Node only: scripts/generate-packs.ts writes the packs
// from it and src/packs.test.ts checks them against it.
import { type ReferenceAmount, referenceAmount } from '@passerelle/rules/amounts';
import { CURRENT_PARAMETERS } from '@passerelle/rules/parameters';
import { BODIES } from './bodies.js';
import { RIGHT_ENTRIES } from './entries.js';
import { explain, withTitles } from './explain.js';
import { glossary } from './glossary.js';
import { placeholders, tableLookup } from './render.js';
import {
  type DatedValues,
  type GlossaryEntry,
  type Locale,
  type RightBody,
  type RightEntry,
  LOCALES,
  SECTION_IDS,
} from './types.js';

/** File name of a right in src/rights/ and src/rights/generated/, without extension (`cheque-energie`). */
export const rightFile = (id: string): string => id.replace(/_/g, '-');

/** Parameter ids that a right's placeholders name, in every locale, in order of first use. */
export function parametersOf(body: RightBody): string[] {
  const ids = new Set<string>();
  for (const locale of LOCALES)
    for (const s of SECTION_IDS)
      for (const p of placeholders(body[locale].sections[s])) for (const id of p.parameters) ids.add(id);
  return [...ids];
}

const DEFS = new Map(CURRENT_PARAMETERS.map((d) => [d.id, d]));

/**
 * The dated values of an amount the rules pay, computed by the rules' own function at every date one of
 * its inputs changes and at each 1 January and 1 August (the ARS and school grants read the BMAF then).
 */
function amountValues(a: ReferenceAmount): [string, number][] {
  const starts = a.parameters.flatMap((id) => (DEFS.get(id)?.values ?? []).map(([from]) => from));
  const years = starts.map((d) => Number(d.slice(0, 4)));
  const dates = new Set(starts);
  for (let y = Math.min(...years); y <= Math.max(...years) + 1; y++)
    dates.add(`${y}-01-01`).add(`${y}-08-01`);
  const out: [string, number][] = [];
  for (const date of [...dates].sort()) {
    let v: number;
    try {
      v = a.at(date);
    } catch {
      continue; // before the values the main entry holds
    }
    if (out.at(-1)?.[1] !== v) out.push([date, v]);
  }
  return out;
}

/**
 * Every dated value of each parameter the right names, as the main entry of @passerelle/rules holds them,
 * and of each amount the rules pay that it names.
 */
export function valuesOf(body: RightBody): DatedValues {
  const defs = DEFS;
  return Object.fromEntries(
    parametersOf(body).map((id) => {
      const amount = referenceAmount(id);
      if (amount) return [id, amountValues(amount)];
      const def = defs.get(id);
      if (!def)
        throw new Error(`${body.id}: a placeholder names "${id}", which @passerelle/rules does not have`);
      return [id, def.values.map(([from, value]) => [from, value] as const)];
    }),
  );
}

/**
 * Dates at which to render a text to find its glossary words: each date a value of its parameters starts
 * (amounts are the only part of a text that changes with the date).
 */
function datesOf(values: DatedValues): string[] {
  const dates = new Set(Object.values(values).flatMap((v) => v.map(([from]) => from)));
  return dates.size === 0 ? ['2026-01-01'] : [...dates].sort();
}

/**
 * The glossary entries of a locale that the right's title and sections use, at any date, in the order of
 * the glossary (so that matching with them alone gives exactly what matching with the whole glossary gives).
 */
export function glossaryOf(
  entry: RightEntry,
  body: RightBody,
  values: DatedValues,
  locale: Locale,
): GlossaryEntry[] {
  const content = withTitles(entry, body);
  const lookup = tableLookup(values);
  const used = new Set<string>();
  let rendered = 0;
  for (const date of datesOf(values)) {
    let e: ReturnType<typeof explain>;
    try {
      e = explain(content, locale, glossary[locale], lookup, { date });
    } catch {
      continue; // some parameter has no value yet at this date
    }
    rendered++;
    for (const g of e.glossary) used.add(g.id);
  }
  if (rendered === 0) throw new Error(`${body.id}: its amounts cannot be computed at any date`);
  return glossary[locale].filter((g) => used.has(g.id));
}

export interface PackData {
  id: string;
  file: string;
  glossary: Record<Locale, GlossaryEntry[]>;
  values: DatedValues;
}

/** The expected content of every pack, in the order of the list of rights. */
export function packData(): PackData[] {
  const bodies = new Map(BODIES.map((b) => [b.id, b]));
  return RIGHT_ENTRIES.map((entry) => {
    const body = bodies.get(entry.id);
    if (!body) throw new Error(`catalog.ts lists "${entry.id}" but no file in ./rights/ has this id`);
    const values = valuesOf(body);
    return {
      id: entry.id,
      file: rightFile(entry.id),
      glossary: Object.fromEntries(LOCALES.map((l) => [l, glossaryOf(entry, body, values, l)])) as Record<
        Locale,
        GlossaryEntry[]
      >,
      values,
    };
  });
}
