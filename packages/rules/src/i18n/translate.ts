// Turns the French texts of the rules (questions, validation messages, reasons, right details) into another
// locale. Reasons and validation messages arrive as filled French sentences; the French template they came
// from is matched to recover its values, which are translated one by one (amounts and numbers through Intl,
// words through the table) and put into the translated sentence. Nothing here is needed for French.
import { getRightDetails } from '../catalogue-entry.js';
import { getRight } from '../catalogue.js';
import { COMMON_CONDITIONS } from '../rights/common.js';
import type { FlowOption, FlowQuestion, FlowQuestionInstance } from '../flow/types.js';
import type { Procedure, Reason } from '../result.js';
import type {
  PluralText,
  QuestionText,
  ReasonText,
  RightText,
  RulesTranslation,
  TranslatedLocale,
  ValidationKey,
} from './types.js';

/** The French validation messages of `parseAnswer` and of the questionnaire's fields, as templates (tests keep them in step). */
export const FR_VALIDATION: Readonly<Record<ValidationKey, string>> = {
  missingMoney: 'Écrivez un montant en euros (0 si vous ne recevez rien).',
  missingMoneyDk:
    'Écrivez un montant en euros (0 si vous ne recevez rien), ou choisissez « Je ne sais pas ».',
  missingNumber: 'Écrivez un nombre.',
  missingNumberDk: 'Écrivez un nombre, ou choisissez « Je ne sais pas ».',
  missingDate: 'Écrivez une date, par exemple 14/03/1988.',
  missingDateDk: 'Écrivez une date, par exemple 14/03/1988, ou choisissez « Je ne sais pas ».',
  missingCommune: 'Écrivez le nom de votre commune ou son code postal, puis choisissez-la dans la liste.',
  missingYesNo: 'Choisissez Oui ou Non.',
  missingYesNoDk: 'Choisissez Oui ou Non, ou choisissez « Je ne sais pas ».',
  missingChoice: 'Choisissez une réponse.',
  missingChoiceDk: 'Choisissez une réponse, ou choisissez « Je ne sais pas ».',
  notOffered: 'Ces choix ne sont pas proposés : {list}.',
  dontKnowRefused: 'Cette question demande une réponse précise. Choisissez une réponse.',
  moneyFormat: 'Écrivez un montant en euros avec des chiffres seulement, par exemple 850 ou 850,50.',
  moneyRange: 'Le montant doit être entre {min} et {max} par mois. Vérifiez le nombre de chiffres.',
  integerFormat: 'Écrivez un nombre entier avec des chiffres, par exemple 2.',
  integerRange: 'Écrivez un nombre entre {min} et {max}.',
  dateInvalid: 'Cette date n’existe pas. Écrivez le jour, le mois et l’année, par exemple 14/03/1988.',
  dateFuture: 'Cette date est dans le futur. Vérifiez l’année.',
  dateTooYoung: 'Cette date donne {age}. Il faut au moins {min} ans : vérifiez l’année.',
  dateTooOld: 'Cette date donne {age} ans, c’est beaucoup. Vérifiez l’année.',
  // The questionnaire's own: its date has three boxes; without a communes list the INSEE code is typed.
  dateParts: 'Écrivez le jour, le mois et l’année, par exemple 14 3 1988.',
  datePartsDk:
    'Écrivez le jour, le mois et l’année, par exemple 14 3 1988, ou choisissez « Je ne sais pas ».',
  communeCode:
    'Écrivez le code de la commune : 5 caractères, par exemple 94028 (code INSEE, ce n’est pas toujours le code postal).',
};

const RTL = new Set<string>(['ar']);
const INTL: Record<TranslatedLocale, string> = {
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  pt: 'pt-PT',
  tr: 'tr-TR',
  uk: 'uk-UA',
};

// One formatter per locale for the page's life (see issue 18: one per amount made steps slow).
const formats = new Map<string, Intl.NumberFormat | Intl.PluralRules>();
function fmt<T extends Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let f = formats.get(key) as T | undefined;
  if (!f) {
    f = make();
    formats.set(key, f);
  }
  return f;
}
const money = (locale: TranslatedLocale, value: number) =>
  fmt(
    `eur|${locale}|${Number.isInteger(value)}`,
    () =>
      new Intl.NumberFormat(INTL[locale], {
        style: 'currency',
        currency: 'EUR',
        maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
        minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
      }),
  ).format(value);
const number = (locale: TranslatedLocale, value: number) =>
  fmt(`num|${locale}`, () => new Intl.NumberFormat(INTL[locale])).format(value);
const plural = (locale: TranslatedLocale, count: number, text: PluralText) =>
  text[fmt(`pl|${locale}`, () => new Intl.PluralRules(INTL[locale])).select(count)] ?? text.other;

/** How many Intl objects this module has built (tests bound it). */
export const translateFormatters = (): number => formats.size;

/** First-strong isolates around text that keeps its own direction, in right-to-left locales only. */
export const isolateIn = (locale: string, text: string): string =>
  RTL.has(locale) && text ? `\u2068${text}\u2069` : text;

const LATIN_WORD = "[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F’'.\\-/]*[A-Za-z0-9\u00C0-\u024F’'])?";
const LATIN_RUN = new RegExp(`${LATIN_WORD}(?:[ ,]+${LATIN_WORD})*`, 'gu');

/**
 * Right-to-left text with French names, acronyms, web addresses and numbers inside ("France Travail",
 * "caf.fr", "N-2"): each Latin run is isolated so that it keeps its order and does not pull the Arabic
 * punctuation next to it. Placeholders are left for the values, which are isolated when filled.
 */
export function isolateLatin(text: string): string {
  return text
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(LATIN_RUN, (run) => `\u2068${run}\u2069`)))
    .join('');
}

// Template -> regular expression with one lazy group per placeholder, built once.
const patterns = new Map<string, { re: RegExp; keys: string[] }>();
function pattern(template: string) {
  let p = patterns.get(template);
  if (!p) {
    const keys: string[] = [];
    let source = '';
    let last = 0;
    for (const m of template.matchAll(/\{(\w+)\}/g)) {
      source += escapeRe(template.slice(last, m.index));
      source += '(.*?)';
      keys.push(m[1] as string);
      last = m.index + m[0].length;
    }
    source += escapeRe(template.slice(last));
    // The rules capitalise the first letter of a sentence that starts with a placeholder.
    p = { re: new RegExp(`^${source}$`, 'isu'), keys };
    patterns.set(template, p);
  }
  return p;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values that filled `template` to give `text`, or null when `text` did not come from it. */
export function matchTemplate(template: string, text: string): Record<string, string> | null {
  if (!template) return null;
  const { re, keys } = pattern(template);
  const m = re.exec(text);
  if (!m) return null;
  const out: Record<string, string> = {};
  keys.forEach((k, i) => {
    out[k] = m[i + 1] as string;
  });
  return out;
}

const MONEY = /^(-?\d{1,3}(?:[\s\u202f\u00a0]\d{3})*(?:,\d{1,2})?)[\s\u202f\u00a0]?€$/u;
const INTEGER = /^\d{1,3}(?:[\s\u202f\u00a0]\d{3})*$/u;
const toNumber = (s: string) => Number(s.replace(/[\s\u202f\u00a0]/gu, '').replace(',', '.'));

/** One filled value in `locale`: amounts and numbers through Intl, words through the table, names kept. */
export function translateValue(value: string, t: RulesTranslation): string {
  const { locale } = t;
  const words = t.reasons.words;
  const word = words[value];
  if (typeof word === 'string') return word;
  const m = MONEY.exec(value.trim());
  if (m) return isolateIn(locale, money(locale, toNumber(m[1] as string)));
  if (INTEGER.test(value.trim())) return isolateIn(locale, number(locale, toNumber(value)));
  const count = /^(\d+) (.+)$/u.exec(value);
  const forms = count && words[count[2] as string];
  if (count && forms && typeof forms !== 'string') {
    const n = Number(count[1]);
    return plural(locale, n, forms).replace('{count}', isolateIn(locale, number(locale, n)));
  }
  for (const [key, text] of Object.entries(words)) {
    if (typeof text !== 'string' || !key.includes('{')) continue;
    const vars = matchTemplate(key, value);
    if (vars) return fill(text, vars, t, false);
  }
  const sep = locale === 'ar' ? '، ' : ', ';
  // "Allocations familiales (152,25 €), Complément familial (98,16 €)": names with their amounts.
  if (/\([^()]*€\)$/u.test(value))
    return [...value.matchAll(/(.+?) \(([^()]*€)\)(?:, |$)/gu)]
      .map((m) => `${translateValue(m[1] as string, t)} (${translateValue(m[2] as string, t)})`)
      .join(sep);
  if (value.includes(', '))
    return value
      .split(', ')
      .map((v) => translateValue(v, t))
      .join(sep);
  // A name (of a place, a right's acronym): kept as written, isolated in right-to-left text.
  return isolateIn(locale, value);
}

/** `template` with its values translated; a sentence gets a capital first letter (a fragment does not). */
function fill(template: string, vars: Record<string, string>, t: RulesTranslation, sentence = true): string {
  const out = template.replace(/\{(\w+)\}/g, (whole, k: string) =>
    vars[k] === undefined ? whole : translateValue(vars[k] as string, t),
  );
  return sentence ? out.charAt(0).toLocaleUpperCase(INTL[t.locale]) + out.slice(1) : out;
}

/**
 * A question in `t`'s locale: label, help and options from the table (French kept for what the table lacks,
 * which the completeness test forbids).
 */
export function translateQuestion<Q extends FlowQuestion | FlowQuestionInstance>(
  q: Q,
  t: RulesTranslation,
): Q {
  const text: QuestionText | undefined = t.questions.questions[q.id];
  if (!text) return q;
  const n = 'index' in q && q.index !== undefined ? isolateIn(t.locale, String(q.index + 1)) : '';
  const option = (o: FlowOption): FlowOption => {
    const ot = text.options?.[o.value];
    if (!ot) return o;
    const out: FlowOption = { ...o, label: ot.label };
    if (ot.hint) out.hint = ot.hint;
    return out;
  };
  const out = { ...q, label: text.label.replaceAll('{n}', n) };
  if (text.help) out.help = text.help;
  if (q.options) out.options = q.options.map(option);
  if ('visibleOptions' in q && q.visibleOptions)
    (out as FlowQuestionInstance).visibleOptions = q.visibleOptions.map(option);
  return out;
}

/** A validation message of `parseAnswer` in `t`'s locale; unknown messages are returned as they are. */
export function translateValidation(message: string, t: RulesTranslation): string {
  for (const [key, template] of Object.entries(FR_VALIDATION) as [ValidationKey, string][]) {
    const vars = matchTemplate(template, message);
    if (!vars) continue;
    return fill(t.questions.validation[key], vars, t);
  }
  return message;
}

/**
 * A reason of a right's result in `t`'s locale. `templates` are the French sentences of that right's
 * conditions (its `conditions`, then the shared ones): the one that gave `reason.text` is found, its values
 * are translated and set into the translated sentence.
 */
export function translateReason(
  rightId: string,
  reason: Reason,
  templates: Readonly<Record<string, { met: string; notMet: string; unknown?: string }>>,
  t: RulesTranslation,
): Reason {
  const fr = templates[reason.code];
  const own: ReasonText | undefined =
    t.reasons.reasons[rightId]?.[reason.code] ?? t.reasons.reasons.common?.[reason.code];
  if (!fr || !own) return reason;
  const cases = (
    reason.unknown ? ['unknown', 'notMet'] : reason.met ? ['met'] : ['notMet']
  ) as (keyof ReasonText)[];
  for (const c of cases) {
    const source = fr[c];
    const target = own[c] ?? (c === 'unknown' ? own.notMet : undefined);
    if (!source || !target) continue;
    const vars = matchTemplate(source, reason.text);
    if (vars) return { ...reason, text: fill(target, vars, t) };
  }
  return reason;
}

/** A right's name, sentence, steps and papers in `t`'s locale (French kept for what the table lacks). */
export function translateRight(
  id: string,
  details: { label: string; description?: string; procedure?: Procedure },
  t: RulesTranslation,
): { label: string; description?: string; procedure?: Procedure } {
  const text: RightText | undefined = t.details.rights[id];
  if (!text) return details;
  const out: { label: string; description?: string; procedure?: Procedure } = {
    ...details,
    label: text.label,
    description: text.description,
  };
  if (details.procedure)
    out.procedure = {
      ...details.procedure,
      steps: details.procedure.steps.map((s, i) => text.steps[i] ?? s),
      papers: details.procedure.papers.map((s, i) => text.papers[i] ?? s),
    };
  return out;
}

/** What the widgets show of a right: its result, with a description and procedure for local aids. */
export interface ShownRightLike {
  id: string;
  label: string;
  reasons: Reason[];
  local?: boolean;
  description?: string;
  procedure?: Procedure;
}

/**
 * Results as a person reads them in `t`'s locale: name, description, steps, papers and reasons of each
 * national right (a commune's own aids keep the commune's words).
 */
export function translateResults<R extends ShownRightLike>(rights: readonly R[], t: RulesTranslation): R[] {
  return rights.map((r) => {
    if (r.local) return r;
    const shown = translateRight(r.id, { label: r.label, ...(getRightDetails(r.id) ?? {}) }, t);
    const conditions = { ...COMMON_CONDITIONS, ...getRight(r.id)?.conditions };
    return {
      ...r,
      label: shown.label,
      ...(shown.description ? { description: shown.description } : {}),
      ...(shown.procedure ? { procedure: shown.procedure } : {}),
      reasons: r.reasons.map((x) => translateReason(r.id, x, conditions, t)),
    };
  });
}
