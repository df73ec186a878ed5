// French words that betray an untranslated string in another locale. Only words that are not also common
// words of the shipped languages (Portuguese "mais", "ou", "de"; Turkish "et", "ne", "il", "un"…) are listed.
export const FRENCH_STOP_WORDS = [
  'le',
  'la',
  'les',
  'des',
  'du',
  'une',
  'est',
  'sont',
  'vous',
  'votre',
  'nous',
  'pour',
  'avec',
  'dans',
  'sur',
  'pas',
  'qui',
  'aux',
  'cette',
  'ces',
  'elle',
  'leur',
  'avez',
  'êtes',
  'être',
  'aide',
  'aides',
  'mois',
  'enfant',
  'enfants',
  'revenus',
  'logement',
  'écrivez',
  'choisissez',
  'oui',
  'non',
] as const;

const WORD = /[\p{L}’']+/gu;

/**
 * French words found in `text`, ignoring the proper nouns and names given in `allow` (matched as whole
 * phrases, case-sensitive, before splitting into words).
 */
export function frenchWords(text: string, allow: readonly string[] = []): string[] {
  // Web addresses are names too (demande-logement-social.gouv.fr).
  let rest = text.replace(/[\w.-]+\.(?:fr|com|org|net)\b\S*/g, ' ');
  for (const a of allow) rest = rest.split(a).join(' ');
  const words = new Set(FRENCH_STOP_WORDS as readonly string[]);
  const found: string[] = [];
  for (const w of rest.match(WORD) ?? []) {
    const bare = w.toLowerCase().replace(/^[ldjnsc][’']/, '');
    if (words.has(w.toLowerCase()) || words.has(bare)) found.push(w);
  }
  return found;
}

/** Names that stay French in every language: bodies, schemes and places a person will see written. */
export const FRENCH_PROPER_NOUNS = [
  'France Travail',
  'France services',
  'France Services',
  'Mission locale',
  'mission locale',
  'Complémentaire santé solidaire',
  'Scolarité services',
  'Mon compte',
  'carte Vitale',
  'Carte Vitale',
  'chèque énergie',
  'prime d’activité',
  'revenu de solidarité active',
  'aide juridictionnelle',
  'restriction substantielle et durable d’accès à l’emploi',
  'école maternelle',
  'Assurance maladie',
  'CMU complémentaire',
  'point-justice',
  'Action Logement',
] as const;
