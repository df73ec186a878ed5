import { buildIndex, encodeNames, type Place, rowToCommune } from '@passerelle/partners/browser';
import { describe, expect, it } from 'vitest';
import { orientationFilter, suggestPartners } from './orientation.js';

const place = (
  id: string,
  nom: string,
  types: Place['types'],
  lat: number,
  lon: number,
  extra: Partial<Place> = {},
): Place => ({
  id,
  source: 'local:test',
  nom,
  types,
  thematiques: [],
  modesAccueil: ['en-presentiel'],
  publics: [],
  lat,
  lon,
  adresse: { ligne: '1 rue de la Mairie', codePostal: '94000', commune: 'Créteil', codeInsee: '94028' },
  ...extra,
});

const PLACES = [
  place('ccas', 'CCAS de Créteil', ['ccas'], 48.784, 2.455, { telephone: '0123456789' }),
  place('caf', 'CAF du Val-de-Marne', ['caf'], 48.79, 2.46),
  place('cn', 'Espace numérique', ['conseiller-numerique'], 48.785, 2.456),
  place('far', 'CCAS lointain', ['ccas'], 45.7, 4.8, {
    adresse: { codeInsee: '69123', codePostal: '69001' },
  }),
];

function files(): Record<string, unknown> {
  const { manifest, shards } = buildIndex(PLACES, { communes: 'communes/manifest.json' });
  const out: Record<string, unknown> = { '/p/manifest.json': manifest };
  for (const s of manifest.shards) out[`/p/${s.file}`] = shards.get(s.key);
  out['/p/communes/manifest.json'] = {
    format: 'passerelle-communes',
    version: 1,
    byDepartement: { '94': 'dep-94.json' },
    byLetter: {},
    postcodePrefixes: {},
    noms: 'noms.json',
  };
  const creteil = rowToCommune(['94028', 'Créteil', '94000', 48.7837, 2.4546, '200054781', 93397, '']);
  out['/p/communes/dep-94.json'] = {
    format: 'passerelle-communes-shard',
    rows: [['94028', 'Créteil', '94000', 48.7837, 2.4546, '200054781', 93397, '']],
  };
  out['/p/communes/noms.json'] = {
    format: 'passerelle-communes-noms',
    version: 1,
    credit: 'test',
    rows: encodeNames([creteil]),
  };
  return out;
}

describe('orientation', () => {
  it('looks for a digital mediator, social support or the paying body', () => {
    expect(orientationFilter('autonome', 'rsa')).toBeNull();
    expect(orientationFilter('mediateur-numerique', 'rsa')?.types).toContain('conseiller-numerique');
    expect(orientationFilter('accompagnement-social', 'rsa')?.types).toEqual(
      expect.arrayContaining(['ccas']),
    );
    expect(orientationFilter('autre-organisme', 'rsa')?.types).toContain('caf');
  });

  it('names the nearest partners of the host’s data, requesting only the host’s files', async () => {
    const data = files();
    const requested: string[] = [];
    const fetchJson = async (url: string) => {
      const path = new URL(url).pathname;
      requested.push(path);
      if (!(path in data)) throw new Error(`404 ${path}`);
      return data[path];
    };
    const src = { partnersSrc: 'http://localhost/p/manifest.json', commune: '94028', fetchJson };
    const social = await suggestPartners(src, 'accompagnement-social', 'rsa');
    expect(social.map((p) => p.name)).toEqual(['CCAS de Créteil']);
    expect(social[0]?.contact).toMatch(/^01 23 45 67 89 · 1 rue de la Mairie, 94000 Créteil$/);
    expect((await suggestPartners(src, 'autre-organisme', 'rsa')).map((p) => p.id)).toEqual(['caf']);
    expect((await suggestPartners(src, 'mediateur-numerique', 'rsa')).map((p) => p.id)).toEqual(['cn']);
    expect(await suggestPartners(src, 'autonome', 'rsa')).toEqual([]);
    // Loaded once for the three searches, and never the far shard.
    expect(requested.filter((p) => p === '/p/manifest.json')).toHaveLength(1);
    expect(requested.some((p) => p.includes('69'))).toBe(false);
  });

  it('fails with a French reason when the commune is not in the communes file', async () => {
    const data = files();
    const fetchJson = async (url: string) => data[new URL(url).pathname];
    await expect(
      suggestPartners(
        { partnersSrc: 'http://localhost/p/manifest.json', commune: '94081', fetchJson },
        'accompagnement-social',
        'rsa',
      ),
    ).rejects.toThrow(/commune 94081 est introuvable/);
  });
});
