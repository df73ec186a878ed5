import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from './catalog.js';
import { getExplanation, LOCALES } from './index.js';
import { contentEntry, loadExplanation } from './lazy.js';
import { GLOSSARY_LOADERS, RIGHT_LOADERS } from './loaders.js';

describe('loadExplanation (one module per right, on demand)', () => {
  it('has one loader per right of the list, and nothing else', () => {
    expect(Object.keys(RIGHT_LOADERS).sort()).toEqual(CONTENT_INDEX.map((c) => c.id).sort());
    expect(new Set(CONTENT_INDEX.map((c) => c.id)).size).toBe(CONTENT_INDEX.length);
  });

  it('loads for each id the file of that right', async () => {
    for (const [id, load] of Object.entries(RIGHT_LOADERS)) expect((await load()).default.id, id).toBe(id);
  });

  it('gives exactly what getExplanation gives, for every right and locale', async () => {
    for (const { id } of CONTENT_INDEX)
      for (const locale of LOCALES)
        expect(await loadExplanation(id, locale, { date: '2026-05-01' }), `${id}.${locale}`).toEqual(
          getExplanation(id, locale, { date: '2026-05-01' }),
        );
  });

  it('loads the glossary of each locale', async () => {
    for (const locale of LOCALES)
      expect((await GLOSSARY_LOADERS[locale]()).default.length).toBeGreaterThan(20);
  });

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
