import { WEEKDAYS } from './parse.js';

// Converters from other formats to an OSM string (importers only: never in a page).
const FRENCH_DAYS: Record<string, number> = {
  lundi: 0,
  mardi: 1,
  mercredi: 2,
  jeudi: 3,
  vendredi: 4,
  samedi: 5,
  dimanche: 6,
};

/** Own keys only: a day named "constructor" is not a day. */
const frenchDay = (v: string | undefined): number | undefined => {
  const k = (v ?? '').trim().toLowerCase();
  return Object.hasOwn(FRENCH_DAYS, k) ? FRENCH_DAYS[k] : undefined;
};

const hhmm = (v: string | undefined): string | null => {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec((v ?? '').trim());
  if (!m) return null;
  return `${m[1]?.padStart(2, '0')}:${m[2]}`;
};

function osmDays(from: number, to: number): string {
  const a = WEEKDAYS[from] as string;
  const b = WEEKDAYS[to] as string;
  return from === to ? a : `${a}-${b}`;
}

const quote = (c: string): string => `"${c.replace(/"/g, "'").replace(/\s+/g, ' ').trim()}"`;

export interface DilaPlage {
  nom_jour_debut?: string;
  nom_jour_fin?: string;
  valeur_heure_debut_1?: string;
  valeur_heure_fin_1?: string;
  valeur_heure_debut_2?: string;
  valeur_heure_fin_2?: string;
  commentaire?: string;
}

/** DILA `plage_ouverture` → OSM. Returns null when a line cannot be read (caller keeps the text). */
export function dilaPlagesToOsm(plages: DilaPlage[]): string | null {
  const rules: string[] = [];
  for (const p of plages) {
    const from = frenchDay(p.nom_jour_debut);
    const to = frenchDay(p.nom_jour_fin ?? p.nom_jour_debut);
    if (from === undefined || to === undefined) return null;
    const ranges: string[] = [];
    for (const [a, b] of [
      [p.valeur_heure_debut_1, p.valeur_heure_fin_1],
      [p.valeur_heure_debut_2, p.valeur_heure_fin_2],
    ]) {
      if (!a && !b) continue;
      const s = hhmm(a);
      const e = hhmm(b);
      if (!s || !e) return null;
      ranges.push(`${s}-${e}`);
    }
    if (ranges.length === 0) continue;
    const comment = (p.commentaire ?? '').trim();
    rules.push(`${osmDays(from, to)} ${ranges.join(',')}${comment ? ` ${quote(comment)}` : ''}`);
  }
  return rules.length ? rules.join('; ') : null;
}

export interface DilaV3Horaire {
  du?: string;
  au?: string;
  heures?: { de?: string; a?: string }[];
}

/** etablissements-publics v3 `horaires` (any order, capitalised or not) → OSM. */
export function dilaV3HorairesToOsm(horaires: DilaV3Horaire[]): string | null {
  const rows = horaires.map((h) => ({
    from: frenchDay(h.du),
    to: frenchDay(h.au ?? h.du),
    heures: h.heures ?? [],
  }));
  if (rows.some((r) => r.from === undefined || r.to === undefined)) return null;
  rows.sort((a, b) => (a.from as number) - (b.from as number));
  const rules: string[] = [];
  for (const r of rows) {
    const ranges: string[] = [];
    for (const h of r.heures) {
      const s = hhmm(h.de);
      const e = hhmm(h.a);
      if (!s || !e) return null;
      ranges.push(`${s}-${e}`);
    }
    if (ranges.length) rules.push(`${osmDays(r.from as number, r.to as number)} ${ranges.join(',')}`);
  }
  return rules.length ? rules.join('; ') : null;
}

/**
 * Médiation numérique `horaires`: OSM already, but legacy files write `;` without a space, use
 * `Mo 9h-12h` or French day names. Normalises what it can; returns the input when it cannot.
 */
export function normaliseMediationHours(value: string): string {
  // Only outside quoted comments: a comment is shown as written.
  return value
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/(\d{1,2})h(\d{2})/g, '$1:$2')
            .replace(/(\d{1,2})h\b/g, '$1:00')
            .replace(/\s+/g, ' '),
    )
    .join('"')
    .trim();
}
