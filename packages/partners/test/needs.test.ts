import { RIGHT_IDS } from '@passerelle/rules';
import { describe, expect, it } from 'vitest';
import { matchNeeds, NEEDS, needFilter, thematiqueMatches } from '../src/needs.js';
import { RIGHT_NEEDS } from '../src/right-needs.js';
import { PARTNER_TYPES } from '../src/model.js';
import { toPartnerType, typeFromName } from '../src/partner-types.js';

const first = (q: string) => matchNeeds(q)[0]?.id;

describe('what people say', () => {
  it.each([
    ['CAF', 'caf'],
    ['APL', 'caf'],
    ['prime d’activité', 'caf'],
    ['mutuelle', 'sante'],
    ['carte Vitale', 'sante'],
    ['papiers', 'papiers'],
    ['internet', 'numerique'],
    ['logement', 'logement'],
    ['loyer', 'logement'],
    ['travail', 'travail'],
    ['chômage', 'travail'],
    ['dettes', 'dettes'],
    ['surendettement', 'dettes'],
    ['enceinte', 'famille'],
    ['AAH', 'caf'],
    ['avocat', 'droit'],
  ])('« %s » → %s', (q, id) => expect(first(q)).toBe(id));
  it('finds nothing for unrelated words', () => expect(matchNeeds('xylophone')).toEqual([]));
});

describe('rights and contacts of the rules contract', () => {
  it('maps every right id of the contract to at least one need', () => {
    // Every right of the catalogue, so a new right fails here until it has a need.
    const ids: readonly string[] = RIGHT_IDS;
    for (const id of ids) expect(RIGHT_NEEDS[id]?.length, id).toBeGreaterThan(0);
    for (const needs of Object.values(RIGHT_NEEDS))
      for (const n of needs) expect(NEEDS.some((x) => x.id === n)).toBe(true);
    expect(needFilter({ right: 'local:ccas-belleville:colis' })?.types).toContain('mairie');
  });
  it('reads contacts in the rules vocabulary and in data·inclusion’s', () => {
    for (const c of [
      'caf',
      'cpam',
      'france-travail',
      'mission-locale',
      'ccas',
      'mairie',
      'mdph',
      'france-services',
      'conseiller-numerique',
      'pmi',
      'msa',
      'carsat',
      'departement',
    ])
      expect(toPartnerType(c), c).toBeDefined();
    expect(toPartnerType('ccas-cias')).toBe('ccas');
    expect(toPartnerType('france-service')).toBe('france-services');
    expect(toPartnerType('conseillers-numeriques')).toBe('conseiller-numerique');
    expect(toPartnerType('pole_emploi')).toBe('france-travail');
    expect(toPartnerType('maison_handicapees')).toBe('mdph');
    expect(toPartnerType('MUNI')).toBe('mairie');
    expect(toPartnerType('CNFS')).toBe('conseiller-numerique');
    expect(toPartnerType('inconnu')).toBeUndefined();
    expect(needFilter({ contacts: ['caf', 'ccas'] })?.types).toEqual(['caf', 'ccas']);
  });
  it('every need points at known partner types', () => {
    for (const n of NEEDS) for (const t of n.types) expect(PARTNER_TYPES).toContain(t);
  });
});

describe('types from names and thématiques', () => {
  it('guesses the type from a DILA-style name', () => {
    expect(typeFromName('Mairie - Jacou')).toBe('mairie');
    expect(typeFromName('CCAS de Vitry-sur-Seine')).toBe('ccas');
    expect(typeFromName('MAISON DE SERVICES AU PUBLIC D’ABONDANCE')).toBe('france-services');
    expect(typeFromName('Boulangerie')).toBeUndefined();
  });
  it('a category matches its sub-thématiques and the reverse', () => {
    expect(thematiqueMatches('sante', 'sante--acces-aux-soins')).toBe(true);
    expect(thematiqueMatches('sante--acces-aux-soins', 'sante')).toBe(true);
    expect(thematiqueMatches('sante--acces-aux-soins', 'sante--acces-aux-soins')).toBe(true);
    expect(thematiqueMatches('santex--a', 'sante')).toBe(false);
    expect(thematiqueMatches('famille--garde-denfants', 'sante--acces-aux-soins')).toBe(false);
  });
});
