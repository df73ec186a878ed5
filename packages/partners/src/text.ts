/** Lower case, no accents, punctuation and hyphens as spaces, single spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[’‘'`´]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const ARTICLES = new Set([
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'sur',
  'sous',
  'en',
  'et',
  'aux',
  'au',
  'lez',
  'les',
]);

/**
 * Search key for a commune or place name: folded, "St"/"Ste" → "saint"/"sainte", articles dropped
 * ("L'Haÿ-les-Roses" and "hay roses" meet).
 */
export function nameKey(s: string): string {
  return fold(s)
    .split(' ')
    .map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
    .filter((w) => w && !ARTICLES.has(w))
    .join(' ');
}
