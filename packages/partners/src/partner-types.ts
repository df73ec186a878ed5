import type { PartnerType } from './place.js';
import { fold } from './text.js';

/** Labels for group headings (plural) and badges (singular). */
export const PARTNER_TYPE_LABELS: Record<PartnerType, { one: string; many: string }> = {
  caf: { one: 'CAF (allocations familiales)', many: 'CAF (allocations familiales)' },
  cpam: { one: 'CPAM (Assurance maladie)', many: 'CPAM (Assurance maladie)' },
  msa: { one: 'MSA (Mutualité sociale agricole)', many: 'MSA (Mutualité sociale agricole)' },
  carsat: { one: 'Carsat (retraite)', many: 'Carsat (retraite)' },
  'france-services': { one: 'France Services', many: 'Espaces France Services' },
  ccas: { one: 'CCAS (action sociale de la commune)', many: 'CCAS (action sociale des communes)' },
  mairie: { one: 'Mairie', many: 'Mairies' },
  'mission-locale': { one: 'Mission locale (16-25 ans)', many: 'Missions locales (16-25 ans)' },
  'france-travail': { one: 'France Travail', many: 'Agences France Travail' },
  pmi: { one: 'PMI (protection maternelle et infantile)', many: 'PMI (protection maternelle et infantile)' },
  mdph: { one: 'MDPH (personnes handicapées)', many: 'MDPH (personnes handicapées)' },
  departement: { one: 'Service social du département', many: 'Services sociaux du département' },
  'conseiller-numerique': { one: 'Conseiller numérique', many: 'Conseillers numériques' },
  'mediation-numerique': { one: 'Aide au numérique', many: "Lieux d'aide au numérique" },
  'point-justice': { one: 'Point-justice (droit)', many: 'Points-justice (droit)' },
  adil: { one: 'ADIL (logement)', many: 'ADIL (logement)' },
  cidff: {
    one: 'CIDFF (droits des femmes et des familles)',
    many: 'CIDFF (droits des femmes et des familles)',
  },
  'information-jeunesse': { one: 'Information jeunesse', many: 'Information jeunesse' },
  'caisse-retraite': { one: 'Caisse de retraite', many: 'Caisses de retraite' },
  crous: { one: 'Crous (vie étudiante)', many: 'Crous (vie étudiante)' },
  'etablissement-scolaire': { one: 'Établissement scolaire', many: 'Établissements scolaires' },
  'bailleur-social': { one: 'Bailleur social (HLM)', many: 'Bailleurs sociaux (HLM)' },
  association: { one: 'Association', many: 'Associations' },
  autre: { one: 'Autre lieu', many: 'Autres lieux' },
};

/**
 * Aliases from every vocabulary met in real data → kit type. Keys are folded (see text.ts fold).
 * Sources: data·inclusion reseaux-porteurs.json and v0 typologies-de-structures (schema @df9ce7ff),
 * DILA pivot types (type_service_local / pivotLocal), LMN labels and the rules contract's contacts.
 */
const ALIASES: Record<string, PartnerType> = {
  // kit ids and the rules' contacts
  caf: 'caf',
  cpam: 'cpam',
  msa: 'msa',
  carsat: 'carsat',
  'france services': 'france-services',
  'france service': 'france-services',
  ccas: 'ccas',
  mairie: 'mairie',
  'mission locale': 'mission-locale',
  'france travail': 'france-travail',
  pmi: 'pmi',
  mdph: 'mdph',
  departement: 'departement',
  'conseiller numerique': 'conseiller-numerique',
  'mediation numerique': 'mediation-numerique',
  'point justice': 'point-justice',
  adil: 'adil',
  cidff: 'cidff',
  association: 'association',
  // data·inclusion v1 reseaux_porteurs
  'ccas cias': 'ccas',
  communes: 'mairie',
  'conseillers numeriques': 'conseiller-numerique',
  'espaces publics numeriques': 'mediation-numerique',
  'aidants connect': 'mediation-numerique',
  'pimms mediation': 'france-services',
  'points justice': 'point-justice',
  'points conseil budget': 'association',
  departements: 'departement',
  'maisons des solidarites': 'departement',
  'mutualite sociale agricole': 'msa',
  'restos du coeur': 'association',
  'secours populaire': 'association',
  'croix rouge': 'association',
  'information jeunesse': 'information-jeunesse',
  msap: 'france-services',
  // v0 typologies
  cias: 'ccas',
  ft: 'france-travail',
  pe: 'france-travail',
  ml: 'mission-locale',
  muni: 'mairie',
  rfs: 'france-services',
  pimms: 'france-services',
  epn: 'mediation-numerique',
  mds: 'departement',
  cdas: 'departement',
  pad: 'point-justice',
  'pij bij': 'information-jeunesse',
  cs: 'association',
  assos: 'association',
  // DILA pivots
  'mairie com': 'mairie',
  'pole emploi': 'france-travail',
  'maison handicapees': 'mdph',
  cg: 'departement',
  edas: 'departement',
  sdsei: 'departement',
  'centre social': 'association',
  cij: 'information-jeunesse',
  cidf: 'cidff',
  mjd: 'point-justice',
  'permanence juridique': 'point-justice',
  // LMN labels (dispositif_programmes_nationaux / labels_nationaux)
  cnfs: 'conseiller-numerique',
  'conseillers numeriques france services': 'conseiller-numerique',
  'france services label': 'france-services',
};

/** Maps any known label to a kit type; unknown labels give undefined. */
export function toPartnerType(label: string): PartnerType | undefined {
  const k = fold(label);
  return ALIASES[k];
}

/** Maps a list, dropping unknowns and duplicates. */
export function toPartnerTypes(labels: string[]): PartnerType[] {
  const out = new Set<PartnerType>();
  for (const l of labels) {
    const t = toPartnerType(l);
    if (t) out.add(t);
  }
  return [...out];
}

/** Guesses the type from a place name ("Mairie - Jacou", "CCAS de Vitry") when the data gives none. */
export function typeFromName(name: string): PartnerType | undefined {
  const n = ` ${fold(name)} `;
  const tests: [RegExp, PartnerType][] = [
    [/ (ccas|cias|centre (communal|intercommunal) d action sociale) /, 'ccas'],
    [/ (mairie|hotel de ville) /, 'mairie'],
    [/ (caf|caisse d allocations familiales) /, 'caf'],
    [/ (cpam|caisse primaire|assurance maladie) /, 'cpam'],
    [/ (france services?|maison de services au public|msap|pimms) /, 'france-services'],
    [/ mission locale /, 'mission-locale'],
    [/ (france travail|pole emploi) /, 'france-travail'],
    [/ (pmi|protection maternelle) /, 'pmi'],
    [/ (mdph|maison departementale des personnes handicapees) /, 'mdph'],
    [/ (espace departemental des solidarites|eds|maison des solidarites) /, 'departement'],
    [/ conseiller numerique /, 'conseiller-numerique'],
    [/ (point justice|maison de justice) /, 'point-justice'],
    [/ (information jeunesse|pij|bij|cij) /, 'information-jeunesse'],
  ];
  for (const [re, t] of tests) if (re.test(n)) return t;
  return undefined;
}
