import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/import.js';
import { PlaceSchema } from '../src/model.js';
import { buildIndex, readShard } from '../src/partner-index.js';
import { checkPlace } from '../src/place.js';

const sample = readFileSync(new URL('../samples/val-de-marne.json', import.meta.url), 'utf8');
const good = {
  id: 'ccas-vitry',
  source: 'local:test',
  nom: '  CCAS de Vitry ',
  types: ['ccas'],
  adresse: {
    ligne: '2 avenue Youri Gagarine',
    codePostal: '94400',
    commune: 'Vitry-sur-Seine',
    codeInsee: '94081',
  },
  lat: 48.788,
  lon: 2.393,
  horaires: 'Mo-Fr 09:00-12:00',
  siteWeb: 'https://www.vitry94.fr/',
  dateMaj: '2026-01-01',
  plusTard: 'clé inconnue',
};

const reason = (raw: unknown): string => {
  const r = checkPlace(raw);
  return 'reason' in r ? r.reason : '';
};

describe('checkPlace (browser check of index records, no zod)', () => {
  it('keeps a good record, trims, drops unknown keys and restores the defaults the CLI leaves out', () => {
    const r = checkPlace(good);
    expect('place' in r && r.place).toMatchObject({
      nom: 'CCAS de Vitry',
      thematiques: [],
      publics: [],
      modesAccueil: ['en-presentiel'],
    });
    expect('place' in r && 'plusTard' in r.place).toBe(false);
    // Same result as the zod schema used by the importers.
    expect('place' in r && r.place).toEqual(PlaceSchema.parse(good));
  });

  it('names each wrong field in French', () => {
    expect(reason(null)).toBe('enregistrement : objet attendu');
    expect(reason({ ...good, nom: undefined })).toBe('nom : champ obligatoire manquant');
    expect(reason({ ...good, types: [] })).toBe('types : liste vide');
    expect(reason({ ...good, types: ['ccas', 'banque'] })).toBe(
      'types : élément 1 : valeur non reconnue « banque »',
    );
    expect(reason({ ...good, lat: 'nord' })).toBe('lat : nombre entre -90 et 90 attendu');
    expect(reason({ ...good, lon: undefined })).toBe('lat : latitude et longitude vont ensemble');
    expect(reason({ ...good, adresse: { codePostal: '944' } })).toBe(
      'adresse : codePostal : texte trop court',
    );
    expect(reason({ ...good, adresse: { codeInsee: '2C001' } })).toBe(
      'adresse : codeInsee : code INSEE à 5 caractères attendu',
    );
    expect(reason({ ...good, dateMaj: '01/01/2026', frais: 'offert' })).toBe(
      'frais : valeur non reconnue « offert » ; dateMaj : date AAAA-MM-JJ attendue',
    );
    expect(reason({ ...good, courriel: 'pas une adresse' })).toBe('courriel : adresse e-mail invalide');
  });

  it('refuses links that are not web addresses, so no javascript: URL reaches a page', () => {
    expect(reason({ ...good, siteWeb: 'javascript:alert(1)' })).toBe(
      'siteWeb : adresse web (https://…) attendue',
    );
    expect(reason({ ...good, lienRdv: 'https://' })).toBe('lienRdv : adresse web (https://…) attendue');
  });

  it('accepts every record of the Val-de-Marne sample as the zod schema does, once through the index', () => {
    const { places, issues } = importText(sample, 'val-de-marne.json');
    expect(issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(places.length).toBeGreaterThan(10);
    const { shards } = buildIndex(places);
    const back = [...shards.values()].flatMap((s) => {
      const r = readShard(JSON.parse(JSON.stringify(s)), `${s.key}.json`);
      expect(r.issues).toEqual([]);
      return r.places;
    });
    const byId = new Map(places.map((p) => [p.id, p]));
    expect(back).toHaveLength(places.length);
    for (const p of back) expect(p).toEqual(byId.get(p.id));
  });

  it('readShard skips a bad record with its id and keeps the others', () => {
    const shard = {
      format: 'passerelle-partners-shard',
      version: 1,
      key: '94',
      places: [good, { id: 'x', nom: 1 }],
    };
    const r = readShard(shard, '94.json');
    expect(r.places.map((p) => p.id)).toEqual(['ccas-vitry']);
    expect(r.issues).toEqual([
      {
        file: '94.json',
        where: 'index 1',
        level: 'error',
        id: 'x',
        reason:
          'source : champ obligatoire manquant ; nom : texte attendu ; types : champ obligatoire manquant',
      },
    ]);
  });
});
