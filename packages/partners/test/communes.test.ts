import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Commune,
  CommunesClient,
  type CommunesManifest,
  decodeNames,
  encodeNames,
  searchCommunes,
} from '../src/communes.js';
import { buildCommunes, type CommunesBuild, communesFiles } from '../src/node/communes-build.js';

let build: CommunesBuild;
beforeAll(() => {
  build = buildCommunes();
}, 300_000);
const names = (q: string, n = 3) => searchCommunes(build.communes, q, n).map((m) => m.commune.nom);

describe('communes built from the postcode base and the COG', () => {
  it('covers France with INSEE codes, départements and coordinates', () => {
    expect(build.communes.length).toBeGreaterThan(34_900);
    const creteil = build.communes.find((c) => c.code === '94028') as Commune;
    expect(creteil).toMatchObject({
      nom: 'Créteil',
      departement: '94',
      codesPostaux: ['94000'],
      epci: '200054781',
    });
    expect(creteil.lat).toBeCloseTo(48.78, 1);
    expect(build.communes.find((c) => c.code === '2A004')?.departement).toBe('2A');
    expect(build.communes.find((c) => c.code === '97411')?.departement).toBe('974');
  });
  it('reports the rows it could not join, with line and reason', () => {
    expect(build.unjoined.length).toBeGreaterThan(0);
    expect(build.unjoined.length).toBeLessThan(1000);
    expect(build.unjoined[0]).toEqual(
      expect.objectContaining({
        line: expect.any(Number),
        codePostal: expect.stringMatching(/^\d{5}$/),
        reason: expect.any(String),
      }),
    );
  });
});

describe('name search', () => {
  it('ignores accents, hyphens, case and articles', () => {
    expect(names("l'hay les roses", 1)).toEqual(["L'Haÿ-les-Roses"]);
    expect(names('HAY LES ROSES', 1)).toEqual(["L'Haÿ-les-Roses"]);
    expect(names('creteil', 1)).toEqual(['Créteil']);
    expect(names('ivry sur seine', 1)).toEqual(['Ivry-sur-Seine']);
  });
  it('treats St and Saint alike', () => {
    expect(names('St-Maur-des-Fossés', 1)).toEqual(['Saint-Maur-des-Fossés']);
    expect(names('saint maur des fosses', 1)).toEqual(['Saint-Maur-des-Fossés']);
  });
  it('puts the biggest homonym first', () => {
    expect(names('vitry', 1)).toEqual(['Vitry-sur-Seine']);
  });
});

describe('postcode search', () => {
  it('gives every commune of a shared postcode for the person to choose', () => {
    const hits = searchCommunes(build.communes, '94100').map((m) => m.commune.nom);
    expect(hits).toContain('Saint-Maur-des-Fossés');
    const shared = searchCommunes(build.communes, '01400');
    expect(shared.length).toBeGreaterThan(1);
  });
  it('finds by INSEE code too', () => {
    expect(searchCommunes(build.communes, '94081')[0]?.commune.nom).toBe('Vitry-sur-Seine');
  });
});

describe('browser files', () => {
  it('shards by département, each small, and one national names index', () => {
    const files = communesFiles(build.communes);
    const manifest = files.get('manifest.json') as CommunesManifest;
    expect(manifest.credit).toMatch(/Base des codes postaux, data\.gouv\.fr, Licence Ouverte v2\.0/);
    expect(manifest.byDepartement['94']).toBe('dep-94.json');
    expect(manifest.postcodePrefixes['20']).toEqual(['2A', '2B']);
    expect(manifest.noms).toBe('noms.json');
    let max = 0;
    for (const [name, data] of files)
      if (name !== 'noms.json') max = Math.max(max, gzipSync(JSON.stringify(data)).length);
    expect(max).toBeLessThan(60_000);
    // All of France in one file a phone can fetch once (measured 2026-12-03: 502,500 bytes gzip).
    expect(gzipSync(JSON.stringify(files.get('noms.json'))).length).toBeLessThan(560_000);
  });
  it('the names index gives back every commune, coordinates within 100 m', () => {
    const back = decodeNames(encodeNames(build.communes));
    expect(back.length).toBe(build.communes.length);
    const byCode = new Map(back.map((c) => [c.code, c]));
    for (const c of build.communes) {
      const b = byCode.get(c.code) as Commune;
      expect(b.nom).toBe(c.nom);
      expect(b.codesPostaux).toEqual(c.codesPostaux);
      expect(b.anciensNoms ?? []).toEqual(c.anciensNoms ?? []);
      if (c.lat === undefined) expect(b.lat).toBeUndefined();
      else {
        expect(Math.abs((b.lat as number) - c.lat)).toBeLessThan(0.001);
        expect(Math.abs((b.lon as number) - (c.lon as number))).toBeLessThan(0.001);
      }
    }
  }, 300_000);
  it('with a names index, the client asks for the same files whatever is typed or picked', async () => {
    const files = communesFiles(build.communes);
    const run = async (queries: string[]) => {
      const asked = new Set<string>();
      const client = new CommunesClient('https://example.test/c/manifest.json', async (url) => {
        asked.add(url);
        return files.get(url.split('/').pop() as string);
      });
      const found: string[] = [];
      for (const q of queries) found.push((await client.search(q, 1))[0]?.commune.nom ?? '');
      await client.byCode('2A004');
      await client.nearest(43.3, 5.4);
      return { asked: [...asked].sort(), found };
    };
    const a = await run(['St Maur des Fossés', '94400']);
    const b = await run(['Ajaccio', 'hay les roses', '13001']);
    expect(a.found).toEqual(['Saint-Maur-des-Fossés', 'Vitry-sur-Seine']);
    expect(b.found[0]).toBe('Ajaccio');
    expect(b.found[1]).toBe("L'Haÿ-les-Roses");
    expect(a.asked).toEqual(['https://example.test/c/manifest.json', 'https://example.test/c/noms.json']);
    expect(b.asked).toEqual(a.asked);
  });
  it('older files without a names index are refused with the command that rewrites them', async () => {
    const files = communesFiles(build.communes);
    const { noms: _, ...older } = files.get('manifest.json') as CommunesManifest;
    const client = new CommunesClient('https://example.test/c/manifest.json', async () => older);
    await expect(client.search('Créteil')).rejects.toThrow(/relancez « passerelle-partners communes »/);
  });
});
