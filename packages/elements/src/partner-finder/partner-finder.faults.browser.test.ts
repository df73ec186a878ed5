// Privacy, faults and languages of <passerelle-partner-finder>, in a real browser.
import {
  type CommunesManifest,
  type CommunesNames,
  encodeNames,
  type IndexManifest,
  type IndexShard,
  PARTNER_TYPES,
} from '@passerelle/partners/browser';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { EXAMPLE_COMMUNES, EXAMPLE_DATASET, EXAMPLE_PLACES } from './example-data.js';
import { finderMessages, HOURS_KEYS } from './messages.js';
import { mount, pickCommune, root, status, until } from './test-helpers.js';

const alertText = (el: HTMLElement) =>
  [...root(el).querySelectorAll('[role=alert]')].map((a) => a.textContent ?? '').join(' ');

/** A host's files: an index of two small shards, and the communes folder with its names index. */
function hostFiles(): Record<string, unknown> {
  const in94 = EXAMPLE_PLACES.filter((p) => p.adresse?.codeInsee?.startsWith('94'));
  const shard = (key: string, places: typeof in94): IndexShard => ({
    format: 'passerelle-partners-shard',
    version: 1,
    key,
    places,
  });
  const manifest: IndexManifest = {
    format: 'passerelle-partners-index',
    version: 1,
    generatedAt: '2026-11-24T00:00:00Z',
    exemple: true,
    count: in94.length,
    sources: [],
    shards: [
      { key: '94', file: '94.json', count: in94.length, bbox: [2.38, 48.78, 2.46, 48.82] },
      { key: '13', file: '13.json', count: 0, bbox: [5.3, 43.2, 5.5, 43.4] },
    ],
    credits: ['Test'],
    communes: 'communes/manifest.json',
  };
  const communes: CommunesManifest = {
    format: 'passerelle-communes',
    version: 1,
    credit: 'test',
    count: EXAMPLE_COMMUNES.length,
    noms: 'noms.json',
    byLetter: { cr: 'nom-cr.json', vi: 'nom-vi.json' },
    byDepartement: { '94': 'dep-94.json' },
    postcodePrefixes: { '94': ['94'] },
  };
  const noms: CommunesNames = {
    format: 'passerelle-communes-noms',
    version: 1,
    credit: 'test',
    rows: encodeNames(EXAMPLE_COMMUNES),
  };
  return {
    'https://example.test/data/manifest.json': manifest,
    'https://example.test/data/94.json': shard('94', in94),
    'https://example.test/data/13.json': shard('13', []),
    'https://example.test/data/communes/manifest.json': communes,
    'https://example.test/data/communes/noms.json': noms,
  };
}

/** Types `query` in the commune field, picks the first suggestion, searches; returns the URLs asked. */
async function journey(query: string): Promise<{ urls: string[]; status: string }> {
  const files = hostFiles();
  const urls = new Set<string>();
  const el = mount(
    { src: 'https://example.test/data/manifest.json' },
    {
      fetchJson: async (url: string) => {
        urls.add(url);
        if (!(url in files)) throw new Error('404');
        return files[url];
      },
    },
  );
  await pickCommune(el, query);
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
  await until(el, () => /trouvé/.test(status(el)), 'results');
  return { urls: [...urls].sort(), status: status(el) };
}

describe('privacy: no request depends on what is typed or chosen', () => {
  it('the same files are requested for Créteil, Vitry and a postcode', async () => {
    const a = await journey('Cré');
    const b = await journey('vitry');
    const c = await journey('94700');
    expect(a.status).toMatch(/de Créteil/);
    expect(b.status).toMatch(/de Vitry-sur-Seine/);
    expect(c.status).toMatch(/de Maisons-Alfort/);
    expect(a.urls).toEqual([
      'https://example.test/data/13.json',
      'https://example.test/data/94.json',
      'https://example.test/data/communes/manifest.json',
      'https://example.test/data/communes/noms.json',
      'https://example.test/data/manifest.json',
    ]);
    expect(b.urls).toEqual(a.urls);
    expect(c.urls).toEqual(a.urls);
  });
});

describe('every request has a deadline', () => {
  it('a host loader that never answers ends in a French message', async () => {
    const el = mount(
      { src: 'https://example.test/data/manifest.json', timeout: '0.2' },
      { fetchJson: () => new Promise(() => undefined) },
    );
    await until(el, () => alertText(el).length > 0, 'alert');
    expect(alertText(el)).toContain(
      'La liste des lieux n’a pas pu être chargée (le serveur n’a pas répondu à temps). Réessayez plus tard.',
    );
  });

  it('a response that never starts (fetch hangs) ends in the same message', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      (_url, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const el = mount({ src: '/lent/manifest.json', timeout: '0.2' });
    await until(el, () => alertText(el).length > 0, 'alert');
    expect(alertText(el)).toContain('le serveur n’a pas répondu à temps');
  });

  it('a response whose body never ends is cut too', async () => {
    const stalled = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"format": "passerelle-partners-index", "shards": ['));
        // never closed
      },
    });
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(
      new Response(stalled, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const el = mount({ src: '/lent/manifest.json', timeout: '0.2' });
    await until(el, () => alertText(el).length > 0, 'alert');
    expect(alertText(el)).toContain('le serveur n’a pas répondu à temps');
  });

  it('a names index that stalls: the commune field says the list did not come', async () => {
    const files = hostFiles();
    const el = mount(
      { src: 'https://example.test/data/manifest.json', timeout: '0.2' },
      {
        fetchJson: (url: string) =>
          url.endsWith('/noms.json') ? new Promise(() => undefined) : Promise.resolve(files[url]),
      },
    );
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('#pf-commune')?.focus();
    await userEvent.keyboard('Cré');
    await until(el, () => alertText(el).length > 0, 'warning');
    expect(alertText(el)).toContain(
      'La liste des communes n’a pas pu être chargée (le serveur n’a pas répondu à temps). Réessayez dans un instant.',
    );
  });

  it('a shard that stalls: the other places show, and the stall is said', async () => {
    const files = hostFiles();
    const el = mount(
      { src: 'https://example.test/data/manifest.json', commune: '94081', timeout: '0.3' },
      {
        fetchJson: (url: string) =>
          url.endsWith('/13.json') ? new Promise(() => undefined) : Promise.resolve(files[url]),
      },
    );
    await until(el, () => /trouvé/.test(status(el)), 'results');
    expect(alertText(el)).toContain(
      'Une partie des lieux n’a pas pu être chargée (le serveur n’a pas répondu à temps)',
    );
  });
});

describe('keyboard: Escape after choosing a commune', () => {
  it('empties the field and forgets the commune', async () => {
    const el = mount({}, { data: EXAMPLE_DATASET });
    const input = await pickCommune(el, 'vitry');
    await until(el, () => input.value.startsWith('Vitry'), 'chosen');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(input.value).toBe('');
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await until(el, () => !!root(el).querySelector('#pf-commune-error'), 'error');
    expect(root(el).querySelector('#pf-commune-error')?.textContent).toMatch(/Choisissez votre commune/);
    expect(status(el)).toBe('');
  });
});

/** Visible text outside <bdi> (French proper nouns, addresses and phones are isolated there). */
function textOutsideBdi(el: HTMLElement): string {
  const clone = root(el).querySelector('.pf')?.cloneNode(true) as HTMLElement;
  for (const b of clone.querySelectorAll('bdi, [hidden], style')) b.remove();
  return clone.textContent?.replace(/\s+/g, ' ') ?? '';
}
const FRENCH_WORDS =
  /\b(le|la|les|des|du|et|vous|votre|ouvert|fermé|horaires|rechercher|commune|lieux?|trouvés?|moins|Tout le monde)\b/i;
const IDENTIFIERS = new RegExp(`\\b(${PARTNER_TYPES.filter((t) => t.includes('-')).join('|')})\\b`);

describe('English and Arabic: everything translated, proper nouns isolated', () => {
  it.each(['en', 'ar'] as const)('%s: no string left to French, opening hours included', async (lang) => {
    expect(await finderMessages.missing(lang)).toEqual([]);
    await finderMessages.load(lang);
    const table = finderMessages.tables[lang] ?? {};
    expect(HOURS_KEYS.filter((k) => !table[k])).toEqual([]);
  });

  it.each([
    ['en', /^5 places found within 20 km of Vitry-sur-Seine, 1 of them remote\.$/, 'ltr'],
    ['ar', /^تم العثور على 5 أماكن على بُعد أقل من 20 كم من Vitry-sur-Seine، منها 1 عن بُعد\.$/, 'rtl'],
  ])('%s: results and detail', async (lang, expected, dir) => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET }, lang);
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(status(el)).toMatch(expected);
    const section = root(el).querySelector('.pf') as HTMLElement;
    expect(section.getAttribute('dir')).toBe(dir);
    expect(section.getAttribute('lang')).toBe(lang);
    const list = textOutsideBdi(el);
    expect(list.match(FRENCH_WORDS)?.[0], list).toBeUndefined();
    expect(list).not.toMatch(IDENTIFIERS);
    // Names, addresses and phone numbers keep their own direction.
    const card = root(el).querySelector('.pf__item') as HTMLElement;
    expect(card.querySelector('.pf__linkbutton bdi')?.textContent).toBe('CCAS Exemple de Vitry');
    expect(card.querySelector('a[href^="tel:"] bdi')?.getAttribute('dir')).toBe('ltr');
    root(el).querySelector<HTMLButtonElement>('.pf__linkbutton')?.click();
    await until(el, () => !!root(el).querySelector('.pf__detail'), 'detail');
    const detail = textOutsideBdi(el);
    expect(detail.match(FRENCH_WORDS)?.[0], detail).toBeUndefined();
    expect(detail).not.toMatch(IDENTIFIERS);
    expect(detail).toMatch(
      lang === 'en' ? /Monday: 08:30 to 12:00, 13:30 to 17:30/ : /الاثنين: من 08:30 إلى 12:00/,
    );
  });

  it('French: no identifier on screen, hours in French notation', async () => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET });
    await until(el, () => /trouvé/.test(status(el)), 'status');
    expect(textOutsideBdi(el)).not.toMatch(IDENTIFIERS);
    expect(root(el).textContent).toMatch(/Ouvert, ferme à 12 h|Fermé, ouvre/);
  });
});
