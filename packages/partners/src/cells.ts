// Values of import files (CSV cells, JSON fields) made clean: text, phones, numbers, codes, dates, SIRET,
// links. The importers use them; pages only format phones. Search keys are in text.ts.

/** Cleans a free-text field: trims, turns empty strings and placeholders into undefined. */
export function clean(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s === '' ? undefined : s;
}

/** French phone numbers as "01 23 45 67 89"; other values kept trimmed. */
export function formatPhone(v: unknown): string | undefined {
  const s = clean(v);
  if (!s) return undefined;
  const digits = s.replace(/[^\d+]/g, '');
  let national = digits;
  if (digits.startsWith('+33')) national = `0${digits.slice(3)}`;
  else if (digits.startsWith('0033')) national = `0${digits.slice(4)}`;
  if (/^0\d{9}$/.test(national)) return national.replace(/(\d{2})(?=\d)/g, '$1 ');
  return s;
}

/** Number from a number or a string with a dot or a decimal comma. */
export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const n = Number(v.trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** Pads postcodes and INSEE codes that lost their leading zero in spreadsheets. */
export function padCode(v: unknown, len = 5): string | undefined {
  const s = clean(v);
  if (!s) return undefined;
  if (/^\d+$/.test(s) && s.length < len) return s.padStart(len, '0');
  return s.toUpperCase();
}

/** YYYY-MM-DD from ISO dates, "DD/MM/YYYY HH:MM:SS" (DILA) or epoch-placeholder dates (dropped). */
export function toIsoDate(v: unknown): string | undefined {
  const s = clean(v);
  if (!s) return undefined;
  let iso: string | undefined;
  const a = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const b = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(s);
  if (a) iso = `${a[1]}-${a[2]}-${a[3]}`;
  else if (b) iso = `${b[3]}-${b[2]}-${b[1]}`;
  if (!iso) return undefined;
  // 1970-01-01 and 1969-12-31 are "no date" placeholders in real exports.
  if (iso < '2000-01-01') return undefined;
  return iso;
}

/** SIRET with a valid Luhn key, not the all-zero placeholder. */
export function validSiret(v: unknown): string | undefined {
  const s = clean(v)?.replace(/\s/g, '');
  if (!s || !/^\d{14}$/.test(s) || /^0+$/.test(s)) return undefined;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let d = Number(s[13 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  // La Poste establishments use another key: accept them as written.
  if (sum % 10 !== 0 && !s.startsWith('356000000')) return undefined;
  return s;
}

/** URL with a scheme, or undefined. Adds https:// to "www.…". */
export function toUrl(v: unknown): string | undefined {
  const s = clean(v);
  if (!s) return undefined;
  const withScheme = /^https?:\/\//i.test(s) ? s : /^www\./i.test(s) ? `https://${s}` : undefined;
  if (!withScheme) return undefined;
  try {
    return new URL(withScheme).toString();
  } catch {
    return undefined;
  }
}

/** Splits multi-value cells: arrays, `|` lists, and legacy `;` lists. */
export function splitMulti(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => splitMulti(x));
  const s = clean(v);
  if (!s) return [];
  return s
    .split(/[|;]/)
    .map((x) => x.trim())
    .filter(Boolean);
}
