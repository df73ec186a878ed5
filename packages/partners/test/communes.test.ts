import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Commune,
  CommunesClient,
  type CommunesManifest,
  letterFor,
  searchCommunes,
} from '../src/communes.js';
import { buildCommunes, type CommunesBuild, communesFiles } from '../src/node/communes-build.js';

let build: CommunesBuild;
beforeAll(() => {
  build = buildCommunes();
}, 60_000);
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
  it('shards by name prefix and département, each small', () => {
    const files = communesFiles(build.communes);
    const manifest = files.get('manifest.json') as CommunesManifest;
    expect(manifest.credit).toMatch(/Base des codes postaux, data\.gouv\.fr, Licence Ouverte v2\.0/);
    expect(manifest.byDepartement['94']).toBe('dep-94.json');
    expect(manifest.postcodePrefixes['20']).toEqual(['2A', '2B']);
    let max = 0;
    for (const [, data] of files) max = Math.max(max, gzipSync(JSON.stringify(data)).length);
    expect(max).toBeLessThan(60_000);
  });
  it('the client loads only the shard a query needs', async () => {
    const files = communesFiles(build.communes);
    const asked: string[] = [];
    const client = new CommunesClient('https://example.test/data/communes/manifest.json', async (url) => {
      asked.push(url);
      const name = url.split('/').pop() as string;
      return files.get(name);
    });
    expect((await client.search('St Maur des Fossés'))[0]?.commune.nom).toBe('Saint-Maur-des-Fossés');
    expect(asked).toEqual([
      'https://example.test/data/communes/manifest.json',
      `https://example.test/data/communes/nom-${letterFor('saint maur')}.json`,
    ]);
    expect((await client.search('94400'))[0]?.commune.code).toBe('94081');
    expect((await client.byCode('94028'))?.nom).toBe('Créteil');
    expect((await client.nearest(48.79, 2.39, ['94']))?.nom).toBe('Vitry-sur-Seine');
  });
});
