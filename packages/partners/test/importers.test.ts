import { describe, expect, it } from 'vitest';
import { importText, mergeDuplicates } from '../src/import.js';
import type { ImportIssue, Place } from '../src/model.js';
import { importFixture } from './helpers.js';

const byId = (places: Place[], id: string): Place => {
  const p = places.find((x) => x.id === id);
  if (!p) throw new Error(`missing ${id}`);
  return p;
};
const errors = (issues: ImportIssue[]) => issues.filter((i) => i.level === 'error');

describe('data·inclusion v1', () => {
  it('joins services to their structure and keeps one place per service', () => {
    const r = importFixture('di-v1_structures-services.json');
    expect(r.format).toBe('data-inclusion');
    const svc = byId(r.places, 'di:dora--svc-1');
    expect(svc.structure).toBe('Espace solidarité Exemple');
    expect(svc.types).toEqual(['ccas']);
    expect(svc.adresse?.codeInsee).toBe('94081');
    expect(svc.lat).toBeCloseTo(48.7875);
    expect(svc.horaires).toBe('Mo-Fr 09:00-12:00,14:00-17:00; PH off');
    expect(svc.telephone).toBe('01 45 00 00 00');
    expect(svc.frais).toBe('gratuit');
    expect(svc.zoneEligibilite).toEqual(['94081']);
    expect(svc.siret).toBe('21940081100010');
    expect(byId(r.places, 'di:dora--svc-2').modesAccueil).toEqual(['a-distance']);
    // A structure without services is a place of its own.
    expect(byId(r.places, 'di:dora--struct-2').types).toEqual(['conseiller-numerique']);
  });

  it('reports the structure without id and the orphan service, keeps the rest', () => {
    const r = importFixture('di-v1_structures-services.json');
    const errs = errors(r.issues);
    expect(errs.map((e) => e.where).sort()).toEqual(['services[2]', 'structures[2]']);
    expect(errs.find((e) => e.where === 'services[2]')?.reason).toMatch(/dora--absente/);
    expect(r.places).toHaveLength(3);
  });

  it('reads the CSV export with Postgres arrays, and reports the bad line', () => {
    const r = importFixture('di-v1_structures.csv');
    expect(byId(r.places, 'di:dora--csv-1').types).toEqual(['departement']);
    const ccas = byId(r.places, 'di:dora--csv-2');
    expect(ccas.horaires).toBeUndefined();
    expect(ccas.horairesTexte).toBe('Lu-Ve 9h-12h');
    expect(ccas.courriel).toBeUndefined();
    expect(r.issues.some((i) => i.where === 'ligne 3' && /horaires illisibles/.test(i.reason))).toBe(true);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({
        where: 'ligne 4',
        reason: expect.stringMatching(/nom : champ obligatoire manquant/),
      }),
    ]);
  });
});

describe('data·inclusion v0 through the mapping', () => {
  it('maps typologie, labels, profils, horaires_ouverture and zone_diffusion', () => {
    const r = importFixture('di-v0_structure-service.json');
    const p = byId(r.places, 'di:v0-svc-1');
    expect(p.types.sort()).toEqual(['france-services', 'mairie']);
    expect(p.publics).toEqual(['seniors']);
    expect(p.horaires).toBe('Mo-Fr 08:30-17:30');
    expect(p.zoneEligibilite).toEqual(['94028']);
    expect(p.thematiques).toEqual([
      'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
    ]);
    expect(r.issues.some((i) => /v0/.test(i.reason))).toBe(true);
  });

  it('reports every orphan service of the real mednum-cli projection without crashing', () => {
    const r = importFixture('di-v0-services_excerpt.json');
    expect(r.places).toHaveLength(0);
    expect(errors(r.issues)).toHaveLength(6);
    expect(errors(r.issues)[0]?.where).toBe('index 0');
  });
});

describe('DILA annuaire', () => {
  it('parses the stringified fields of API v2.1 and converts plage_ouverture', () => {
    const r = importFixture('dila-api-v2.1_1j1s-mission-locale.json');
    expect(r.format).toBe('dila-annuaire');
    const p = r.places[0] as Place;
    expect(p.types).toEqual(['mission-locale']);
    expect(p.adresse).toMatchObject({
      ligne: '29-31 rue des Boulets',
      codePostal: '75011',
      commune: 'Paris',
      codeInsee: '75111',
    });
    expect(p.lat).toBeCloseTo(48.851234);
    expect(p.horaires?.startsWith('Mo-Th 09:00-11:30,13:30-16:30 "Accueil sans rendez-vous')).toBe(true);
    // Comments are kept as written, not rewritten.
    expect(p.horaires).toContain('de 9h à 11h');
    expect(p.accessibiliteNote).toContain('rampe');
  });

  it('handles both bulk variants, the masked e-mail and the trailing space in the URL', () => {
    const r = importFixture('dila-bdl-bulk-json_samples.json');
    const breux = byId(r.places, 'dila:0b19da66-336b-4a4d-a56a-1bbf731ec306');
    expect(breux.siteWeb).toBe('https://www.breux-sur-avre.fr/');
    expect(breux.zoneEligibilite).toEqual(['27115']);
    expect(breux.dateMaj).toBe('2021-12-03');
    expect(breux.horaires).toBe('Mo 16:30-18:30; Th 16:30-18:30');
    const fontaine = byId(r.places, 'dila:00007e4d-264c-43a0-b0b7-7f3b7dd995ab');
    expect(fontaine.courriel).toBeUndefined();
    expect(fontaine.siret).toBe('21770188700010');
    expect(fontaine.lienSource).toMatch(/^https:\/\/lannuaire\.service-public\.fr\//);
    expect(r.issues.map((i) => i.reason).join()).toMatch(/mairie-xxxxx@yyyy\.fr/);
  });

  it('reads etablissements-publics v3 GeoJSON: physique address first, URL in email field', () => {
    const r = importFixture('dila-etablissements-publics-v3_acceslibre.json');
    const montreuil = byId(r.places, 'dila:mairie-93048-01');
    expect(montreuil.adresse?.ligne).toBe('1 place Aimé Césaire');
    expect(montreuil.courriel).toBeUndefined();
    expect(montreuil.siteWeb).toBeDefined();
    expect(byId(r.places, 'dila:mairie-34120-01').zoneEligibilite).toEqual(['34120']);
    expect(r.issues.filter((i) => /adresse web/.test(i.reason))).toHaveLength(2);
  });

  it('sorts out-of-order capitalised v3 horaires and keeps features without coordinates', () => {
    const r = importFixture('dila-etablissements-publics-v3_1j1s-cij.json');
    expect(r.places).toHaveLength(19);
    expect(r.places.every((p) => p.lat === undefined)).toBe(true);
    expect(r.places.every((p) => p.types[0] === 'information-jeunesse')).toBe(true);
    for (const p of r.places) if (p.horaires) expect(p.horaires).toMatch(/^(Mo|Tu|We|Th|Fr|Sa|Su)/);
  });
});

describe('lieux de médiation numérique', () => {
  it('reads JSON with | lists, mixed ; labels, placeholder SIRET and epoch dates', () => {
    const r = importFixture('lmn_paca_excerpt.json');
    expect(r.format).toBe('mediation-numerique');
    expect(r.places).toHaveLength(9);
    const sisteron = r.places.find((p) => p.adresse?.commune === 'SISTERON') as Place;
    expect(sisteron.types.sort()).toEqual(['conseiller-numerique', 'france-services']);
    expect(r.places.every((p) => p.siret === undefined)).toBe(true);
    expect(r.places.every((p) => p.id.startsWith('lmn:lmn_paca_excerpt:'))).toBe(true);
    expect(r.issues.some((i) => /1970-01-01/.test(i.reason))).toBe(true);
    const unreadable = r.places.find((p) => p.horairesTexte);
    expect(unreadable?.horairesTexte).toBe('Mo-Fr 09:00-19:00; Sa 17:00');
    expect(r.places.filter((p) => p.lat === undefined).length).toBeGreaterThan(0);
  });

  it('reads the CSV form and reports the malformed line', () => {
    const r = importFixture('lmn_paca_excerpt.csv');
    expect(r.places).toHaveLength(9);
    expect(errors(r.issues).some((i) => /CSV mal formé/.test(i.reason))).toBe(true);
  });

  it('reads the 2021 legacy schema with ; separators', () => {
    const r = importFixture('lmn_hinaura_legacy_excerpt.json');
    expect(r.places).toHaveLength(3);
    expect(r.places[0]?.types).toContain('france-services');
    expect(r.places[0]?.frais).toBe('gratuit');
  });

  it('namespaces ids by file so that New Caledonia "0" does not collide', () => {
    const a = importFixture('lmn_nc_excerpt.json');
    const b = importFixture('lmn_hinaura_legacy_excerpt.json');
    const ids = new Set([...a.places, ...b.places].map((p) => p.id));
    expect(ids.size).toBe(a.places.length + b.places.length);
  });
});

describe('local format', () => {
  it('keeps good partners, reports bad ones and unknown types or needs', () => {
    const r = importFixture('local_ccas.json');
    expect(r.format).toBe('local');
    expect(r.places.map((p) => p.nom)).toEqual([
      'CCAS de Ville-Exemple',
      'Permanence Point-justice',
      "Association d'aide numérique",
    ]);
    const ccas = r.places[0] as Place;
    expect(ccas.id).toBe('local:ccas-exemple:ccas-de-ville-exemple');
    expect(ccas.frais).toBe('gratuit');
    expect(ccas.telephone).toBe('01 46 82 80 00');
    expect(ccas.thematiques).toContain('logement-hebergement--se-maintenir-dans-le-logement');
    const asso = r.places[2] as Place;
    expect(asso.types).toEqual(['association']);
    expect(asso.lat).toBeUndefined();
    expect(asso.dateMaj).toBeUndefined();
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ where: 'partenaires[2]', reason: 'nom : nom trop court' }),
    ]);
    expect(r.issues.some((i) => /besoin inconnu « vacances »/.test(i.reason))).toBe(true);
    expect(r.issues.some((i) => /type inconnu « association-de-quartier »/.test(i.reason))).toBe(true);
  });

  it('reads the semicolon CSV with decimal commas', () => {
    const r = importFixture('local_ccas.csv');
    expect(r.places).toHaveLength(2);
    expect(r.places[0]?.lat).toBeCloseTo(48.7876);
    expect(r.places[1]?.id).toBe('local:local_ccas:ecrivain-public');
    expect(errors(r.issues)[0]?.where).toBe('ligne 4');
  });
});

describe('bad files never throw', () => {
  it('explains malformed JSON', () => {
    const r = importFixture('malformed-json.txt');
    expect(r.places).toEqual([]);
    expect(r.issues[0]?.reason).toMatch(/^JSON illisible/);
  });
  it('explains an unknown format', () => {
    expect(importFixture('unknown-format.json').issues[0]?.reason).toMatch(/ni tableau/);
    expect(importText('a;b\n1;2\n', 'x.csv').issues[0]?.reason).toMatch(/format non reconnu/);
    expect(importText('', 'vide.json').issues[0]?.reason).toMatch(/vide/);
  });
  it('survives records that are not objects', () => {
    const r = importText('[null, 3, "x", {"nom": "CCAS de Test", "type": "ccas"}]', 'x.json', {
      format: 'local',
    });
    expect(r.places).toHaveLength(1);
    expect(errors(r.issues)).toHaveLength(3);
  });
});

describe('duplicates', () => {
  it('merges the same SIRET from two sources and the same name at the same address', () => {
    const a = importText(
      JSON.stringify({
        source: 'a',
        partenaires: [
          {
            nom: 'CCAS de Test',
            type: 'ccas',
            siret: '21940081100010',
            adresse: '1 rue A',
            code_postal: '94400',
            date_maj: '2024-01-01',
          },
        ],
      }),
      'a.json',
    );
    const b = importText(
      JSON.stringify({
        source: 'b',
        partenaires: [
          {
            nom: 'Centre communal d’action sociale',
            type: 'ccas',
            siret: '21940081100010',
            telephone: '0102030405',
            date_maj: '2025-01-01',
          },
        ],
      }),
      'b.json',
    );
    const c = importText(
      JSON.stringify({
        source: 'c',
        partenaires: [
          {
            nom: 'CCAS de test',
            type: 'ccas',
            adresse: '1 Rue A',
            code_postal: '94400',
            horaires: 'Mo 09:00-12:00',
          },
        ],
      }),
      'c.json',
    );
    const issues: ImportIssue[] = [];
    const merged = mergeDuplicates([...a.places, ...b.places, ...c.places], issues);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.telephone).toBe('01 02 03 04 05');
    expect(merged[0]?.horaires).toBe('Mo 09:00-12:00');
    expect(merged[0]?.dateMaj).toBe('2025-01-01');
    expect(issues.filter((i) => /doublon/.test(i.reason))).toHaveLength(2);
  });
  it('does not merge two services of one structure that share its SIRET', () => {
    const r = importFixture('di-v1_structures-services.json');
    const issues: ImportIssue[] = [];
    expect(mergeDuplicates(r.places, issues)).toHaveLength(r.places.length);
  });
});
