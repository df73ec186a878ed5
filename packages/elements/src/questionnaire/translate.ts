// The rules' texts (questions, validation messages, reasons, right details) in the widget's locale, from
// '@passerelle/rules/i18n', fetched with the locale's own strings so that a screen never mixes languages.
// French needs nothing: the rules are written in French.
import type { FlowQuestionInstance } from '@passerelle/rules/flow';
import type { RulesTranslation, TranslatedLocale } from '@passerelle/rules/i18n';
import { announceLocaleLoaded, normalizeLocale, registerLocaleTexts } from '../i18n/index.js';
import type { ShownRight } from './right-card.js';

type I18n = typeof import('@passerelle/rules/i18n');
const tables = new Map<TranslatedLocale, RulesTranslation>();
const pending = new Map<TranslatedLocale, Promise<void>>();
let api: I18n | undefined;

const other = (tag: string): TranslatedLocale | null => {
  const loc = normalizeLocale(tag);
  return loc === 'fr' ? null : loc;
};

registerLocaleTexts({
  ready: (tag) => {
    const loc = other(tag);
    return !loc || tables.has(loc);
  },
  load: (tag) => {
    const loc = other(tag);
    if (!loc || tables.has(loc)) return Promise.resolve();
    let p = pending.get(loc);
    if (!p) {
      p = import('@passerelle/rules/i18n')
        .then(async (m) => {
          api = m;
          tables.set(loc, await m.loadRulesTranslation(loc));
          announceLocaleLoaded(loc);
        })
        .catch((error: unknown) => {
          console.warn(
            `Passerelle : textes des règles « ${loc} » non chargés, affichage en français.`,
            error,
          );
        })
        .finally(() => pending.delete(loc));
      pending.set(loc, p);
    }
    return p;
  },
});

function table(locale: string): RulesTranslation | undefined {
  const loc = other(locale);
  return loc ? tables.get(loc) : undefined;
}

/** A question with its label, help and options in `locale`. */
export function questionIn(locale: string, q: FlowQuestionInstance): FlowQuestionInstance {
  const t = table(locale);
  return t && api ? api.translateQuestion(q, t) : q;
}

/** A validation message (French, from the flow or the fields) in `locale`. */
export function errorIn(locale: string, message: string | undefined): string | undefined {
  const t = table(locale);
  return message && t && api ? api.translateValidation(message, t) : message;
}

// Translated rights per result list and locale: the screens read them at every render.
const rightsCache = new WeakMap<readonly ShownRight[], Map<string, ShownRight[]>>();

/** Rights with their name, description, steps, papers and reasons in `locale` (local aids keep theirs). */
export function rightsIn(locale: string, rights: readonly ShownRight[]): ShownRight[] {
  const t = table(locale);
  if (!t || !api) return rights as ShownRight[];
  let byLocale = rightsCache.get(rights);
  if (!byLocale) {
    byLocale = new Map();
    rightsCache.set(rights, byLocale);
  }
  let out = byLocale.get(t.locale);
  if (!out) {
    out = api.translateResults(rights, t);
    byLocale.set(t.locale, out);
  }
  return out;
}

/** A life event's label and hint in `locale`, or undefined to keep the French ones. */
export function lifeEventIn(locale: string, id: string): { label: string; hint: string } | undefined {
  return table(locale)?.lifeEvents.events[id];
}

/** The name of a body to contact (a partner type id) in `locale`, or undefined to keep the French one. */
export function contactIn(locale: string, type: string): string | undefined {
  return table(locale)?.details.contacts[type];
}
