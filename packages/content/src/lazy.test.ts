import { CURRENT_PARAMETERS } from '@passerelle/rules/parameters';
import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from './catalog.js';
import { getExplanation, LOCALES, todayInParis } from './index.js';
import { contentEntry, loadExplanation } from './lazy.js';
import { RIGHT_LOADERS } from './loaders.js';

describe('loadExplanation (one module per right, on demand)', () => {
  it('has one loader per right of the list, and nothing else', () => {
    expect(Object.keys(RIGHT_LOADERS).sort()).toEqual(CONTENT_INDEX.map((c) => c.id).sort());
    expect(new Set(CONTENT_INDEX.map((c) => c.id)).size).toBe(CONTENT_INDEX.length);
  });

  it('loads for each id the pack of that right', async () => {
    for (const [id, load] of Object.entries(RIGHT_LOADERS))
      expect((await load()).default.body.id, id).toBe(id);
  });

  // Each date a value starts, in the main entry of the rules, plus today and dates before any value: the
  // right's own values must give the amounts (or the error) that the rules give.
  const dates = [
    ...new Set([
      '2019-01-01',
      '2024-06',
      '2025-01-01',
      '2025-05-01',
      '2026-05-01',
      todayInParis(),
      ...CURRENT_PARAMETERS.flatMap((p) => p.values.map(([from]) => from)).filter((d) => d >= '2024'),
    ]),
  ].sort();

  it('gives exactly what getExplanation gives, for every right, locale and date', async () => {
    for (const { id } of CONTENT_INDEX)
      for (const locale of LOCALES)
        for (const date of dates) {
          let expected: ReturnType<typeof getExplanation> | Error;
          try {
            expected = getExplanation(id, locale, { date });
          } catch (e) {
            expected = e as Error;
          }
          const got = loadExplanation(id, locale, { date });
          if (expected instanceof Error)
            await expect(got, `${id}.${locale} ${date}`).rejects.toMatchObject({ name: expected.name });
          else expect(await got, `${id}.${locale} ${date}`).toEqual(expected);
        }
    // Every right × locale × date: 87 s once on a loaded machine; the limit only catches a hang.
  }, 600_000);

  it('resolves to undefined for a right without content, even a name of Object.prototype', async () => {
    for (const id of ['inconnu', 'constructor', 'toString', '__proto__', '']) {
      expect(contentEntry(id)).toBeUndefined();
      expect(await loadExplanation(id)).toBeUndefined();
    }
  });

  it('rejects with a ContentError naming the problem when the date has no parameters', async () => {
    await expect(loadExplanation('rsa', 'fr', { date: '2019-01-01' })).rejects.toMatchObject({
      name: 'ContentError',
      message: expect.stringContaining('2019-01-01'),
    });
  });
});
