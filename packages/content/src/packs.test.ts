// The packs of src/rights/generated/ (what a browser fetches when a right is opened) hold exactly what the
// texts, the glossaries and the rules' parameters say. On failure: `npm run generate -w @passerelle/content`.
import { CURRENT_PARAMETERS } from '@passerelle/rules/parameters';
import { describe, expect, it } from 'vitest';
import { BODIES } from './bodies.js';
import { CONTENT_INDEX } from './catalog.js';
import { getExplanation, glossary, LOCALES, todayInParis } from './index.js';
import { RIGHT_LOADERS } from './loaders.js';
import { packData } from './packs.js';
import type { RightPack } from './types.js';

const expected = packData();
const packs = new Map<string, RightPack>();
for (const { id } of CONTENT_INDEX) {
  const load = RIGHT_LOADERS[id];
  if (load) packs.set(id, (await load()).default);
}

/** Dates at which every text is rendered with the whole glossary to find the words it uses. */
const dates = [
  ...new Set([todayInParis(), ...CURRENT_PARAMETERS.flatMap((p) => p.values.map(([from]) => from))]),
].sort();

describe('right packs (src/rights/generated)', () => {
  it('exist for every right of the list, each with the text of that right', () => {
    expect([...packs.keys()]).toEqual(CONTENT_INDEX.map((e) => e.id));
    for (const body of BODIES) expect(packs.get(body.id)?.body, body.id).toBe(body);
  });

  it('carry every glossary word a text uses, in each locale and at every date', () => {
    const missing: string[] = [];
    for (const { id } of CONTENT_INDEX)
      for (const locale of LOCALES) {
        const carried = new Set(packs.get(id)?.glossary[locale].map((g) => g.id));
        const seen = new Set<string>();
        for (const date of dates) {
          let words: readonly { id: string; term: string }[];
          try {
            words = getExplanation(id, locale, { date })?.glossary ?? [];
          } catch {
            continue; // no amounts at this date: nothing to show either
          }
          for (const w of words)
            if (!carried.has(w.id) && !seen.has(w.id)) {
              seen.add(w.id);
              missing.push(`${id} (${locale}): « ${w.term} »`);
            }
        }
      }
    expect(missing, 'words a text uses that its pack lacks: run npm run generate').toEqual([]);
  });

  it('carry no other glossary entry, and each entry as the glossary defines it', () => {
    for (const p of expected)
      for (const locale of LOCALES) {
        const pack = packs.get(p.id)?.glossary[locale] ?? [];
        const extra = pack.filter((g) => !p.glossary[locale].some((e) => e.id === g.id)).map((g) => g.term);
        expect(extra, `${p.id} (${locale}): entries its texts do not use`).toEqual([]);
        for (const g of pack)
          expect(g, `${p.id} (${locale}): « ${g.term} » differs from glossary/${locale}.ts`).toEqual(
            glossary[locale].find((e) => e.id === g.id),
          );
        expect(
          pack.map((g) => g.id),
          `${p.id} (${locale}): order of the glossary`,
        ).toEqual(p.glossary[locale].map((g) => g.id));
      }
  });

  it('carry the dated values of @passerelle/rules for every parameter their amounts name, and no other', () => {
    for (const p of expected) expect(packs.get(p.id)?.values, p.id).toEqual(p.values);
    const rsa = packs.get('rsa')?.values['rsa.montant_forfaitaire'];
    expect(rsa).toEqual(
      CURRENT_PARAMETERS.find((d) => d.id === 'rsa.montant_forfaitaire')?.values.map(([f, v]) => [f, v]),
    );
  });
});
