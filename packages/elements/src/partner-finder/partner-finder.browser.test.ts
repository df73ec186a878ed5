import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { encodeNames, type IndexManifest, type IndexShard } from '@passerelle/partners/browser';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FinderCommunes } from './communes.js';
import { EXAMPLE_COMMUNES, EXAMPLE_DATASET, EXAMPLE_PLACES } from './example-data.js';
import { deepActive, mount, pickCommune, root, status, until } from './test-helpers.js';

describe('first render', () => {
  it('has a status region from the start, labelled fields and no axe violation', async () => {
    const el = mount({}, { data: EXAMPLE_DATASET });
    await el.updateComplete;
    const region = root(el).querySelector('[role=status].pa-status');
    expect(region).not.toBeNull();
    expect(region?.textContent?.trim()).toBe('');
    for (const id of ['pf-need', 'pf-words', 'pf-commune', 'pf-radius', 'pf-public'])
      expect(root(el).querySelector(`label[for=${id}]`), id).not.toBeNull();
    expect(root(el).querySelector('fieldset legend')).not.toBeNull();
    expect(root(el).textContent).toContain("Données d'exemple");
    await expectNoAxeViolations(el.parentElement as HTMLElement);
  });
});

describe('journeys', () => {
  it('preset commune: lists places by distance, grouped, and announces the count', async () => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(status(el)).toBe('5 lieux trouvés à moins de 20 km de Vitry-sur-Seine, dont 1 à distance.');
    const groups = [...root(el).querySelectorAll('.pf__group-title')].map((h) => h.textContent?.trim());
    expect(groups[0]).toBe('Résultats');
    expect(groups[1]).toBe('CCAS (action sociale des communes) (1)');
    expect(groups.at(-1)).toMatch(/^À distance/);
    const first = root(el).querySelector('.pf__item');
    expect(first?.textContent).toContain('moins de 1 km');
    expect(first?.textContent).toContain('Ouvert, ferme à 12 h');
    // Out of its zone: the Mission locale serves Maisons-Alfort and neighbours, not Vitry.
    expect(root(el).textContent).not.toContain('Mission locale Exemple');
    // Old record flagged.
    expect(root(el).textContent).toContain('Informations de plus de deux ans');
    await expectNoAxeViolations(el.parentElement as HTMLElement);
  });

  it('keyboard: type a commune, pick it with the arrows, search with Enter', async () => {
    const el = mount({}, { data: EXAMPLE_DATASET });
    const input = await pickCommune(el, 'maisons');
    await el.updateComplete;
    expect(input.value).toBe('Maisons-Alfort');
    await userEvent.keyboard('{Enter}');
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'results');
    expect(status(el)).toMatch(/de Maisons-Alfort/);
    expect(root(el).textContent).toContain('Mission locale Exemple');
  });

  it('keyboard: Enter right after picking waits for the commune instead of asking for it again', async () => {
    // The commune's position may come from a file still on its way: make that lookup slow.
    const proto = FinderCommunes.prototype;
    const resolve = proto.resolve;
    vi.spyOn(proto, 'resolve').mockImplementation(async function (this: FinderCommunes, v: string) {
      await new Promise((r) => setTimeout(r, 300));
      return resolve.call(this, v);
    });
    const el = mount({}, { data: EXAMPLE_DATASET });
    await pickCommune(el, 'maisons');
    await userEvent.keyboard('{Enter}');
    await until(el, () => /de Maisons-Alfort/.test(status(el)), 'results');
    expect(root(el).textContent).not.toContain('Choisissez votre commune dans la liste');
  });

  it('postcode: several communes to choose from', async () => {
    const el = mount(
      {},
      {
        data: {
          ...EXAMPLE_DATASET,
          communes: [
            ...EXAMPLE_COMMUNES,
            {
              code: '94999',
              nom: 'Ville-Test',
              departement: '94',
              codesPostaux: ['94400'],
              lat: 48.78,
              lon: 2.39,
            },
          ],
        },
      },
    );
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('#pf-commune') as HTMLInputElement;
    input.focus();
    await userEvent.keyboard('94400');
    await until(el, () => root(el).querySelectorAll('[role=option]').length === 2, 'two suggestions');
    expect(
      [...root(el).querySelectorAll('[role=option]')].map((o) => o.textContent?.replace(/\s+/g, ' ').trim()),
    ).toEqual(['Vitry-sur-Seine 94400', 'Ville-Test 94400']);
  });

  it('submitting without a commune says what to do and focuses the field', async () => {
    const el = mount({}, { data: EXAMPLE_DATASET });
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await until(el, () => !!root(el).querySelector('#pf-commune-error'), 'error');
    expect(root(el).querySelector('#pf-commune-error')?.textContent).toMatch(/Choisissez votre commune/);
    expect(root(el).querySelector('#pf-commune')?.getAttribute('aria-invalid')).toBe('true');
    expect(deepActive()?.id).toBe('pf-commune');
  });

  it('detail view: focus on its title, tel: link, route link, event, and back to the same result', async () => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    const selected = vi.fn();
    el.addEventListener('passerelle-partner-finder-select', (e) =>
      selected((e as CustomEvent).detail.place.id),
    );
    const trigger = root(el).querySelector<HTMLButtonElement>('.pf__linkbutton') as HTMLButtonElement;
    const triggerId = trigger.id;
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(selected).toHaveBeenCalledWith('ex:ccas-vitry');
    expect(deepActive()?.id).toBe('pf-detail-title');
    const detail = root(el).querySelector('.pf__detail') as HTMLElement;
    expect(detail.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:0100000001');
    expect(detail.querySelector('a[href^="mailto:"]')).not.toBeNull();
    expect(detail.querySelector('a[href^="https://www.openstreetmap.org/directions"]')).not.toBeNull();
    expect(detail.textContent).toContain('lundi : 8 h 30 à 12 h, 13 h 30 à 17 h 30');
    expect(detail.textContent).toContain('Entrée de plain-pied');
    await expectNoAxeViolations(el.parentElement as HTMLElement);
    const back = [...detail.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Retour'),
    ) as HTMLButtonElement;
    back.click();
    await until(el, () => deepActive()?.id === triggerId, 'focus back');
  });

  it('copies the contact to the clipboard and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    root(el).querySelector<HTMLButtonElement>('.pf__linkbutton')?.click();
    await el.updateComplete;
    [...root(el).querySelectorAll('button')].find((b) => b.textContent?.includes('Copier'))?.click();
    await until(el, () => root(el).textContent?.includes('Les coordonnées sont copiées.') ?? false, 'copied');
    expect(writeText.mock.calls[0]?.[0]).toContain(
      'CCAS Exemple de Vitry\n1 place Exemple\n94400 Vitry-sur-Seine\nTéléphone : 01 00 00 00 01',
    );
  });

  it('filters: ouvert maintenant keeps only places open on Tuesday 10:30', async () => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    root(el).querySelector<HTMLInputElement>('#pf-filters')?.click();
    root(el).querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await until(el, () => status(el).startsWith('2 lieux'), 'filtered');
    const names = [...root(el).querySelectorAll('.pf__linkbutton')].map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(names).toEqual([
      'CCAS Exemple de Vitry : voir le détail',
      'France Services Exemple d’Ivry : voir le détail',
    ]);
  });

  it('right="css" from the questionnaire shows health-related partners', async () => {
    const el = mount({ commune: '94081', right: 'css' }, { data: EXAMPLE_DATASET });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(root(el).textContent).toContain('Assurance maladie Exemple');
    expect(root(el).textContent).not.toContain('Centre de PMI');
  });
});

describe('320 px reflow', () => {
  it('nothing is wider than a 320 px column, form, results and detail', async () => {
    const el = mount({ commune: '94081' }, { data: EXAMPLE_DATASET });
    (el.parentElement as HTMLElement).style.inlineSize = '320px';
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    const widest = () => {
      let max = 0;
      for (const n of root(el).querySelectorAll('*'))
        max = Math.max(max, n.getBoundingClientRect().right - el.getBoundingClientRect().left);
      return max;
    };
    expect(widest()).toBeLessThanOrEqual(321);
    root(el).querySelector<HTMLButtonElement>('.pf__linkbutton')?.click();
    await el.updateComplete;
    expect(widest()).toBeLessThanOrEqual(321);
  });
});

describe('geolocation (opt-in)', () => {
  it('asks only on click, then searches around the position and names the nearest commune', async () => {
    const get = vi
      .spyOn(navigator.geolocation, 'getCurrentPosition')
      .mockImplementation((ok) =>
        ok({ coords: { latitude: 48.8128, longitude: 2.3878 } } as GeolocationPosition),
      );
    const el = mount({}, { data: EXAMPLE_DATASET });
    await el.updateComplete;
    expect(get).not.toHaveBeenCalled();
    [...root(el).querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Utiliser ma position'))
      ?.click();
    await until(el, () => /trouvé/.test(status(el)), 'status');
    expect(get).toHaveBeenCalledTimes(1);
    expect(status(el)).toMatch(/de votre position \(près de Ivry-sur-Seine\)/);
    expect(root(el).querySelector('.pf__item')?.textContent).toContain('France Services Exemple d’Ivry');
  });

  it('a refusal says what to do instead', async () => {
    vi.spyOn(navigator.geolocation, 'getCurrentPosition').mockImplementation((_ok, fail) =>
      fail?.({
        code: 1,
        PERMISSION_DENIED: 1,
        POSITION_UNAVAILABLE: 2,
        TIMEOUT: 3,
        message: '',
      } as GeolocationPositionError),
    );
    const el = mount({}, { data: EXAMPLE_DATASET });
    await el.updateComplete;
    [...root(el).querySelectorAll('button')]
      .find((b) => b.textContent?.includes('Utiliser ma position'))
      ?.click();
    await until(
      el,
      () => root(el).querySelector('#pf-geo-hint')?.textContent?.includes('Tapez votre commune') ?? false,
      'message',
    );
    // Announced, not only written in a description: the status region says it.
    expect(status(el)).toBe('Vous n’avez pas autorisé la position. Tapez votre commune.');
  });
});

describe('long lists', () => {
  it('shows 10 per group, then « Voir les 5 autres » moves focus to the 11th', async () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      ...EXAMPLE_PLACES[0],
      id: `many-${i}`,
      nom: `CCAS annexe ${String(i + 1).padStart(2, '0')}`,
      lat: 48.7885 + i * 0.001,
    })) as typeof EXAMPLE_PLACES;
    const el = mount({ commune: '94081' }, { data: { places: many, communes: EXAMPLE_COMMUNES } });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(root(el).querySelectorAll('.pf__item')).toHaveLength(10);
    const more = [...root(el).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Voir les 5 autres'),
    ) as HTMLButtonElement;
    more.click();
    await until(el, () => root(el).querySelectorAll('.pf__item').length === 15, 'all 15');
    await until(el, () => deepActive()?.id === 'pf-open-ccas-10', 'focus on the 11th');
  });
});

describe('long lists of a national index', () => {
  it('counts every place, shows ten, then builds the others on « Voir les autres »', async () => {
    // 2,000 places elsewhere make the list big enough for the search's index; 25 CCAS are in reach.
    const far = Array.from({ length: 2000 }, (_, i) => ({
      ...EXAMPLE_PLACES[0],
      id: `far-${i}`,
      lat: 43.3 + (i % 40) * 0.01,
      lon: 5.4,
    }));
    const near = Array.from({ length: 25 }, (_, i) => ({
      ...EXAMPLE_PLACES[0],
      id: `near-${i}`,
      nom: `CCAS annexe ${String(i + 1).padStart(2, '0')}`,
      lat: 48.7885 + i * 0.001,
    }));
    const places = [...far, ...near] as typeof EXAMPLE_PLACES;
    const el = mount({ commune: '94081' }, { data: { places, communes: EXAMPLE_COMMUNES } });
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(status(el)).toMatch(/^25 lieux trouvés/);
    const title = () => root(el).querySelector('#pf-g-ccas')?.textContent?.trim();
    expect(title()).toBe('CCAS (action sociale des communes) (25)');
    const names = () => [...root(el).querySelectorAll('.pf__item bdi')].map((b) => b.textContent);
    expect(root(el).querySelectorAll('.pf__item')).toHaveLength(10);
    expect(names()[0]).toBe('CCAS annexe 01');
    const more = [...root(el).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Voir les 15 autres'),
    ) as HTMLButtonElement;
    more.click();
    await until(el, () => root(el).querySelectorAll('.pf__item').length === 25, 'all 25');
    // By distance, as a full search orders them.
    expect(names().filter((n) => n?.startsWith('CCAS annexe'))).toEqual(near.map((p) => p.nom));
    await until(el, () => deepActive()?.id === 'pf-open-ccas-10', 'focus on the 11th');
    expect(title()).toBe('CCAS (action sociale des communes) (25)');
  });
});

describe('bad input never breaks the widget', () => {
  it('a manifest that cannot load gives a French alert', async () => {
    const el = mount(
      { src: '/nulle-part/manifest.json' },
      { fetchJson: () => Promise.reject(new Error('erreur 404')) },
    );
    await until(el, () => !!root(el).querySelector('[role=alert]'), 'alert');
    expect(root(el).querySelector('[role=alert]')?.textContent).toMatch(
      /La liste des lieux n’a pas pu être chargée \(pas de connexion\)\. Réessayez plus tard\./,
    );
  });

  it('no src at all says what the site must add', async () => {
    const el = mount();
    await until(el, () => !!root(el).querySelector('[role=alert]'), 'alert');
    expect(root(el).querySelector('[role=alert]')?.textContent).toMatch(
      /La liste des lieux n’est pas configurée/,
    );
  });

  it('a shard with a bad record: good records still show, the problem is named', async () => {
    const places = EXAMPLE_PLACES.filter((p) => p.adresse?.codeInsee?.startsWith('94'));
    const shard: IndexShard = {
      format: 'passerelle-partners-shard',
      version: 1,
      key: '94',
      places: [...places, { id: 'bad', nom: 'X' } as never],
    };
    const manifest: IndexManifest = {
      format: 'passerelle-partners-index',
      version: 1,
      generatedAt: '2026-11-24T00:00:00Z',
      exemple: true,
      count: places.length + 1,
      sources: [],
      shards: [
        { key: '94', file: '94.json', count: places.length + 1, bbox: [2.38, 48.78, 2.46, 48.82] },
        { key: '93', file: '93.json', count: 3, bbox: [2.4, 48.85, 2.5, 48.9] },
      ],
      credits: ['Test'],
      communes: 'communes/manifest.json',
    };
    const files: Record<string, unknown> = {
      'https://example.test/data/manifest.json': manifest,
      'https://example.test/data/94.json': shard,
      'https://example.test/data/communes/manifest.json': {
        format: 'passerelle-communes',
        version: 1,
        credit: 'test',
        count: EXAMPLE_COMMUNES.length,
        noms: 'noms.json',
        byLetter: {},
        byDepartement: {},
        postcodePrefixes: {},
      },
      'https://example.test/data/communes/noms.json': {
        format: 'passerelle-communes-noms',
        version: 1,
        credit: 'test',
        rows: encodeNames(EXAMPLE_COMMUNES),
      },
    };
    const asked: string[] = [];
    const el = mount(
      { src: 'https://example.test/data/manifest.json', commune: '94081' },
      {
        fetchJson: async (url: string) => {
          asked.push(url);
          if (!(url in files)) throw new Error('erreur 404');
          return files[url];
        },
      },
    );
    await until(el, () => status(el).length > 0 && !/…$/.test(status(el)), 'status');
    expect(status(el)).toMatch(/^4 lieux trouvés/);
    expect(root(el).querySelector('[role=alert]')?.textContent).toMatch(/1 lieu mal décrit a été ignoré/);
    expect(root(el).textContent).toContain("Données d'exemple");
    // The 93 shard is within 20 km, so it is asked; it is missing, which is said politely.
    expect(root(el).querySelector('[role=alert]')?.textContent).toMatch(
      /Une partie des lieux n’a pas pu être chargée \(pas de connexion\)/,
    );
    // Only the configured index files are requested.
    expect(asked.every((u) => u.startsWith('https://example.test/data/'))).toBe(true);
  });
});
