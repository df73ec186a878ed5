// Test-only (kept out of the package): finds words that look like code identifiers in text a person reads.

/** French words written with hyphens that are not identifiers. */
const FRENCH = new Set([
  'rendez-vous',
  'non-recours',
  'celle-ci',
  'celui-ci',
  'ci-dessous',
  'ci-dessus',
  'vous-même',
  'peut-être',
  'c-est-à-dire',
  'au-delà',
  'vis-à-vis',
  'demi-part',
  'demi-parts',
  'grand-parent',
  'grands-parents',
  'beaux-parents',
  'beau-parent',
  'sur-marne',
  'saint-denis',
  'porte-monnaie',
  'après-midi',
  'point-justice',
  'points-justice',
  'allez-y',
  'est-ce',
  'avez-vous',
  'voulez-vous',
  'pouvez-vous',
  'êtes-vous',
  'a-t-il',
  'ci-contre',
  'là-bas',
  'lui-même',
  'elle-même',
  'eux-mêmes',
  'vous-mêmes',
  'quelques-uns',
  'quelques-unes',
  'soi-même',
  'chef-lieu',
  'arrière-grand-parent',
  'sous-préfecture',
  'extra-scolaire',
  'e-mail',
  'multi-accueil',
  'belleville-sur-marne',
  'franco-',
  'ex-conjoint',
  'ex-époux',
  'aide-ménagère',
  'aides-ménagères',
  'lycée-collège',
  'mi-temps',
  'temps-partiel',
  'avant-hier',
  'non-salarié',
  'non-salariés',
  'auto-entrepreneur',
  'micro-entrepreneur',
  'micro-entreprise',
  'passe-sport',
  'post-bac',
  'pré-retraite',
]);

/**
 * Identifier-like tokens: snake_case (`caisse_retraite`, `aide_logement`), or lower-case kebab-case made
 * only of ASCII letters and digits (`bailleur-social`, `france-travail`) that is not a French word, or a
 * `local:` id. Returns them, so a failing test names what leaked.
 */
export function identifierLike(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[_:-][\p{L}\p{N}]+)+/gu)) {
    const w = m[0];
    const low = w.toLowerCase();
    // A web address written for people (demande-logement-social.gouv.fr) is not an identifier.
    if (/^\.\p{L}/u.test(text.slice(m.index + w.length, m.index + w.length + 2))) continue;
    // Imperatives with a pronoun: demandez-la, donnez-le, allez-y.
    if (/-(le|la|les|lui|leur|leurs|en|y|moi|toi|nous|vous|il|elle|ils|elles|on)$/.test(low)) continue;
    if (/_/.test(w) && /[a-z]/.test(w)) found.add(w);
    else if (/^local:/.test(w)) found.add(w);
    else if (w === low && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(w) && !FRENCH.has(w) && !/^\d+(?:-\d+)+$/.test(w))
      found.add(w);
  }
  return [...found];
}
