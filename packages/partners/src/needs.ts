import { PARTNER_NEEDS, type PartnerNeed } from '@passerelle/rules/vocabulary';
import { isPartnerType, type PartnerType } from './place.js';
import { NEED_LABELS, RIGHT_NEEDS } from './right-needs.js';
import { fold } from './text.js';

/**
 * What people say → where to look. Our own table (Soliguide-style synonyms, written here): a need
 * matches places that have one of its thématiques (data·inclusion v1, schema @df9ce7ff) or one of its
 * partner types.
 */
export interface Need {
  id: PartnerNeed;
  /** Short label for the need picker. */
  label: string;
  synonyms: string[];
  thematiques: string[];
  types: PartnerType[];
}

const DEMARCHES = 'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives';
const DROITS = 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits';
const EN_LIGNE = 'numerique--acceder-a-des-services-en-ligne';

/** What each need looks for: the words people use, then thématiques and partner types. */
const WHERE: Record<PartnerNeed, Omit<Need, 'id' | 'label'>> = {
  caf: {
    synonyms: [
      'caf',
      'allocations',
      'allocations familiales',
      'apl',
      'aide au logement',
      'rsa',
      'prime d activite',
      'ppa',
      'af',
      'paje',
      'aah',
      'dossier caf',
    ],
    thematiques: [DROITS, DEMARCHES, EN_LIGNE],
    types: ['caf', 'france-services', 'ccas', 'conseiller-numerique'],
  },
  sante: {
    synonyms: [
      'sante',
      'mutuelle',
      'complementaire sante',
      'css',
      'c2s',
      'cmu',
      'ame',
      'carte vitale',
      'ameli',
      'secu',
      'securite sociale',
      'medecin',
      'soins',
      'puma',
    ],
    thematiques: ['sante--acces-aux-soins', DROITS],
    types: ['cpam', 'msa', 'ccas', 'france-services'],
  },
  papiers: {
    synonyms: [
      'papiers',
      'demarche',
      'demarches',
      'dossier',
      'formulaire',
      'carte d identite',
      'passeport',
      'titre de sejour',
      'impots',
      'administratif',
      'courrier',
      'domiciliation',
    ],
    thematiques: [DEMARCHES, DROITS],
    types: ['france-services', 'mairie', 'ccas'],
  },
  numerique: {
    synonyms: [
      'internet',
      'numerique',
      'ordinateur',
      'en ligne',
      'mail',
      'e mail',
      'courriel',
      'smartphone',
      'telephone portable',
      'mot de passe',
      'france connect',
      'site internet',
      'imprimer',
      'scanner',
    ],
    thematiques: [
      EN_LIGNE,
      'numerique--maitriser-les-fondamentaux-du-numerique',
      'numerique--favoriser-mon-insertion-professionnelle',
    ],
    types: ['conseiller-numerique', 'mediation-numerique', 'france-services'],
  },
  logement: {
    synonyms: [
      'logement',
      'loyer',
      'hlm',
      'logement social',
      'expulsion',
      'hebergement',
      '115',
      'fsl',
      'impaye de loyer',
      'sans logement',
      'sdf',
      'energie',
      'facture',
      'cheque energie',
    ],
    thematiques: [
      'logement-hebergement--etre-accompagne-pour-se-loger',
      'logement-hebergement--se-maintenir-dans-le-logement',
      'logement-hebergement--mal-loges-sans-logis',
      'logement-hebergement--besoin-dadapter-mon-logement',
      'logement-hebergement--gerer-son-budget',
      'logement-hebergement--louer-un-logement',
      'logement-hebergement--acheter-un-logement',
    ],
    types: ['ccas', 'adil', 'mairie', 'departement', 'caf'],
  },
  travail: {
    synonyms: [
      'travail',
      'emploi',
      'chomage',
      'job',
      'boulot',
      'cv',
      'formation',
      'ass',
      'inscription',
      'pole emploi',
      'france travail',
      'are',
      'allocation chomage',
    ],
    thematiques: [
      'trouver-un-emploi--suivre-ma-candidature',
      'preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation',
      'se-former--trouver-sa-formation',
      'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
    ],
    types: ['france-travail', 'mission-locale', 'france-services'],
  },
  jeunes: {
    synonyms: [
      'jeune',
      'jeunes',
      '16 25 ans',
      'cej',
      'contrat d engagement jeune',
      'apprentissage',
      'mission locale',
      'etudiant',
    ],
    thematiques: ['trouver-un-emploi--suivre-ma-candidature', 'se-former--trouver-sa-formation'],
    types: ['mission-locale', 'information-jeunesse'],
  },
  dettes: {
    synonyms: [
      'dettes',
      'dette',
      'surendettement',
      'budget',
      'argent',
      'credit',
      'impayes',
      'banque',
      'fin de mois',
      'huissier',
      'aide financiere',
      'secours',
    ],
    thematiques: [
      'difficultes-financieres--situation-dendettement-surendettement',
      'difficultes-financieres--ameliorer-sa-gestion-budgetaire',
      'difficultes-financieres--beneficier-d-aides-financieres',
    ],
    types: ['ccas', 'departement', 'association', 'caf'],
  },
  famille: {
    synonyms: [
      'famille',
      'enfant',
      'enfants',
      'bebe',
      'grossesse',
      'enceinte',
      'pmi',
      'garde d enfant',
      'creche',
      'parent',
      'separation',
      'pension alimentaire',
      'asf',
    ],
    thematiques: [
      'famille--garde-denfants',
      'famille--soutien-a-la-parentalite',
      'famille--information-et-accompagnement-des-parents',
    ],
    types: ['pmi', 'caf', 'departement', 'ccas'],
  },
  handicap: {
    synonyms: [
      'handicap',
      'handicape',
      'aah',
      'mdph',
      'pch',
      'aeeh',
      'cmi',
      'carte mobilite inclusion',
      'invalidite',
      'rqth',
    ],
    thematiques: ['sante--constituer-un-dossier-mdph-invalidite'],
    types: ['mdph', 'ccas', 'departement'],
  },
  retraite: {
    synonyms: [
      'retraite',
      'aspa',
      'minimum vieillesse',
      'personne agee',
      'senior',
      'apa',
      'maison de retraite',
      'pension',
    ],
    thematiques: [DROITS],
    types: ['carsat', 'ccas', 'departement', 'msa'],
  },
  droit: {
    synonyms: [
      'avocat',
      'juridique',
      'justice',
      'droit',
      'aide juridictionnelle',
      'litige',
      'violence',
      'violences conjugales',
      'plainte',
      'divorce',
    ],
    thematiques: [
      'difficultes-administratives-ou-juridiques--prendre-en-compte-une-problematique-judiciaire',
      DROITS,
    ],
    types: ['point-justice', 'cidff', 'ccas'],
  },
};

/** Every need, in the picker's order. */
export const NEEDS: Need[] = PARTNER_NEEDS.map((id) => ({ id, label: NEED_LABELS[id], ...WHERE[id] }));

export const needById = (id: string): Need | undefined => NEEDS.find((n) => n.id === id);

/** Needs whose label or synonyms match the words typed (folded, word prefix). */
export function matchNeeds(query: string): Need[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { need: Need; score: number }[] = [];
  for (const need of NEEDS) {
    let score = 0;
    if (need.id === q) score = 100;
    for (const s of need.synonyms) {
      if (s === q) score = Math.max(score, 90);
      else if (` ${q} `.includes(` ${s} `)) score = Math.max(score, 70);
      else if (s.startsWith(q) && q.length >= 3) score = Math.max(score, 40);
    }
    if (fold(need.label).includes(q) && q.length >= 3) score = Math.max(score, 50);
    if (score > 0) scored.push({ need, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.need);
}

/** The filter a search uses: thématiques and partner types to look for. */
export interface NeedFilter {
  thematiques: string[];
  types: PartnerType[];
  /** Words to match in names and descriptions when nothing else matched. */
  text?: string;
}

/** Builds the filter from a need id, a right id, free text, or the rules' `contacts` list (kit type ids). */
export function needFilter(input: {
  need?: string;
  right?: string;
  contacts?: string[];
  text?: string;
}): NeedFilter | null {
  const needs: Need[] = [];
  if (input.need) {
    const n = needById(input.need);
    if (n) needs.push(n);
    else needs.push(...matchNeeds(input.need).slice(0, 1));
  }
  if (input.right) {
    // Local aids (local:<source>:<id>) are asked for at the mairie or the CCAS.
    const ids = input.right.startsWith('local:') ? ['papiers'] : (RIGHT_NEEDS[input.right] ?? []);
    for (const nid of ids) {
      const n = needById(nid);
      if (n) needs.push(n);
    }
  }
  if (input.text) needs.push(...matchNeeds(input.text).slice(0, 2));
  const types = new Set<PartnerType>(needs.flatMap((n) => n.types));
  // Contacts are the rules contract's ids, which are the kit's ids: no alias table needed here (it
  // would weigh on every page). Map other vocabularies with toPartnerTypes() before calling.
  for (const c of input.contacts ?? []) if (isPartnerType(c)) types.add(c);
  const thematiques = new Set<string>(needs.flatMap((n) => n.thematiques));
  const text = input.text?.trim() || (input.need && !needById(input.need) ? input.need.trim() : undefined);
  if (types.size === 0 && thematiques.size === 0 && !text) return null;
  return { thematiques: [...thematiques], types: [...types], ...(text ? { text } : {}) };
}

/** Maps thématiques of any depth: a category (`sante`) matches all of its sub-thématiques. */
export function thematiqueMatches(placeThem: string, wanted: string): boolean {
  if (placeThem === wanted) return true;
  const sep = wanted.indexOf('--');
  // A place tagged with the whole category matches any of its sub-thématiques, and the reverse.
  if (sep > 0) return placeThem.length === sep && wanted.startsWith(placeThem);
  return (
    placeThem.startsWith(wanted) &&
    placeThem.charCodeAt(wanted.length) === 45 &&
    placeThem.charCodeAt(wanted.length + 1) === 45
  );
}
