// Turns what a person typed into a stored answer, or a French message that says how to fix it.
import { ageAt, currentMonth } from './conditions.js';
import { DONT_KNOW, type FlowAnswer, type FlowQuestion, type FlowQuestionInstance } from './types.js';

export type FlowParseResult = { ok: true; value: FlowAnswer } | { ok: false; error: string };

/** An INSEE commune code (Corsica: 2A/2B). */
export const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

const fmt = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

/** "1 250,50 €" -> 1250.5; undefined when it is not an amount. */
export function parseMoney(raw: string): number | undefined {
  const s = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€$/, '')
    .replace(/euros?$/i, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return undefined;
  return Number(s);
}

/** "14/03/1988" or "1988-03-14" -> "1988-03-14" when the date exists; undefined otherwise. */
export function parseDate(raw: string): string | undefined {
  const s = raw.trim();
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const fr = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(s);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (fr) [d, m, y] = [Number(fr[1]), Number(fr[2]), Number(fr[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function missingMessage(q: FlowQuestion): string {
  const dk = q.dontKnow ? ', ou choisissez « Je ne sais pas »' : '';
  switch (q.kind) {
    case 'money':
      return `Écrivez un montant en euros (0 si vous ne recevez rien)${dk}.`;
    case 'number':
      return `Écrivez un nombre${dk}.`;
    case 'date':
      return `Écrivez une date, par exemple 14/03/1988${dk}.`;
    case 'commune':
      return 'Écrivez le nom de votre commune ou son code postal, puis choisissez-la dans la liste.';
    case 'yesno':
      return `Choisissez Oui ou Non${dk}.`;
    default:
      return `Choisissez une réponse${dk}.`;
  }
}

/**
 * Checks one raw answer. `raw` is the text typed, the option chosen, or the list of options checked.
 * `month` is the evaluated month, for ages.
 */
export function parseAnswer(
  q: FlowQuestion | FlowQuestionInstance,
  raw: string | string[] | undefined,
  month: string = currentMonth(),
): FlowParseResult {
  const v = q.validation ?? {};
  if (q.kind === 'multichoice') {
    const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const allowed = new Set(
      ('visibleOptions' in q && q.visibleOptions ? q.visibleOptions : (q.options ?? [])).map((o) => o.value),
    );
    const bad = list.filter((x) => !allowed.has(x));
    if (bad.length) return { ok: false, error: `Ces choix ne sont pas proposés : ${bad.join(', ')}.` };
    return { ok: true, value: [...new Set(list)] };
  }
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === DONT_KNOW) {
    return q.dontKnow
      ? { ok: true, value: DONT_KNOW }
      : { ok: false, error: 'Cette question demande une réponse précise. Choisissez une réponse.' };
  }
  if (text === undefined || text.trim() === '') {
    if (v.required === false) return { ok: true, value: '' };
    return { ok: false, error: missingMessage(q) };
  }
  switch (q.kind) {
    case 'money': {
      const n = parseMoney(text);
      if (n === undefined)
        return {
          ok: false,
          error: 'Écrivez un montant en euros avec des chiffres seulement, par exemple 850 ou 850,50.',
        };
      if ((v.min !== undefined && n < v.min) || (v.max !== undefined && n > v.max))
        return {
          ok: false,
          error: `Le montant doit être entre ${fmt(v.min ?? 0)} € et ${fmt(v.max ?? 0)} € par mois. Vérifiez le nombre de chiffres.`,
        };
      return { ok: true, value: n };
    }
    case 'number': {
      const s = text.trim();
      if (!/^\d+$/.test(s))
        return { ok: false, error: 'Écrivez un nombre entier avec des chiffres, par exemple 2.' };
      const n = Number(s);
      if ((v.min !== undefined && n < v.min) || (v.max !== undefined && n > v.max))
        return { ok: false, error: `Écrivez un nombre entre ${v.min ?? 0} et ${v.max ?? 0}.` };
      return { ok: true, value: n };
    }
    case 'date': {
      const d = parseDate(text);
      if (!d)
        return {
          ok: false,
          error: 'Cette date n’existe pas. Écrivez le jour, le mois et l’année, par exemple 14/03/1988.',
        };
      const age = ageAt(d, month);
      if (age === undefined || age < 0 || d > `${month}-31`)
        return { ok: false, error: 'Cette date est dans le futur. Vérifiez l’année.' };
      if (v.minAge !== undefined && age < v.minAge)
        return {
          ok: false,
          error: `Cette date donne ${age} an${age > 1 ? 's' : ''}. Il faut au moins ${v.minAge} ans : vérifiez l’année.`,
        };
      if (v.maxAge !== undefined && age > v.maxAge)
        return { ok: false, error: `Cette date donne ${age} ans, c’est beaucoup. Vérifiez l’année.` };
      return { ok: true, value: d };
    }
    case 'commune': {
      const s = text.trim().toUpperCase();
      if (!COMMUNE_CODE.test(s)) return { ok: false, error: missingMessage(q) };
      return { ok: true, value: s };
    }
    case 'yesno': {
      if (text === 'yes' || text === 'no') return { ok: true, value: text };
      return { ok: false, error: missingMessage(q) };
    }
    default: {
      const options = 'visibleOptions' in q && q.visibleOptions ? q.visibleOptions : (q.options ?? []);
      if (options.some((o) => o.value === text)) return { ok: true, value: text };
      return { ok: false, error: missingMessage(q) };
    }
  }
}

/**
 * Checks an answer already in the stored shape (a saved state, the session API): it must read back as
 * itself through `parseAnswer`. Returns what is wrong, or undefined when the answer fits the question.
 */
export function checkAnswer(q: FlowQuestion, value: unknown, month?: string): string | undefined {
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  const parsed =
    typeof text === 'string' || (Array.isArray(text) && text.every((x) => typeof x === 'string'))
      ? parseAnswer(q, text, month)
      : undefined;
  if (!parsed?.ok) return parsed?.error ?? 'not an answer';
  return JSON.stringify(parsed.value) === JSON.stringify(value) ? undefined : 'not an answer';
}
