// From the results to the words of the summary and of the fiche de liaison: one wording for the screen,
// the print and the file.
import type { MaybeItem, Summary, SummaryRight, YearlyItem } from '@passerelle/rules/summary';
import { formatDate, formatEuro } from '../i18n/format.js';
import type { Translate } from '../i18n/messages.js';
import type { Fiche, FichePlace } from './fiche.js';
import { type Booking, partnerTypeLabel } from './help.js';
import { type HandoffTable, handoffMessages } from './messages.js';

/** What the hand-off reads of a right shown by the widget. */
export interface HandoffRight extends SummaryRight {
  label: string;
  contacts: readonly string[];
  description?: string;
  procedure?: { url: string; steps: readonly string[]; papers: readonly string[] };
  local?: boolean;
  contact?: { name: string; phone?: string; address?: string; hours?: string; url?: string } | undefined;
}

export interface Wording {
  t: Translate<HandoffTable>;
  euro(value: number): string;
  /** "août 2027" from `2027-08`. */
  month(yyyyMm: string): string;
  /** Names in a row, with the language's comma (Arabic: « ، »). */
  list(items: readonly string[]): string;
}

/** The wording for a locale (French until another locale's table is loaded). */
export function wordingFor(locale: string): Wording {
  return {
    t: handoffMessages.bind(locale),
    euro: (value) => formatEuro(value, locale),
    month: (m) => formatDate(`${m}-01`, locale, { month: 'long', year: 'numeric' }),
    list: (items) => items.join(locale === 'ar' ? '، ' : ', '),
  };
}

/** The amount of a right in words, worded as its card words it (estimate, flat, up to, cost). */
export function amountWords(r: SummaryRight, w: Wording): string | undefined {
  const a = r.amount;
  if (!a || r.status === 'not_eligible') return undefined;
  const amount = w.euro(a.value);
  const per = w.t(a.per === 'month' ? 'perMonth' : a.per === 'year' ? 'perYear' : 'perOnce');
  if (a.isCost) return a.value === 0 ? w.t('freeAmount') : w.t('costAmount', { amount, per });
  if (a.value <= 0) return undefined;
  if (a.upTo) return w.t('upToAmount', { amount, per });
  return w.t(a.kind === 'estimate' ? 'estimateAmount' : 'flatAmount', { amount, per });
}

/** "Versée en août. Prochain versement : août 2027.", else the catalogue's note on how it is paid. */
export function whenWords(
  item: Pick<YearlyItem<unknown>, 'month' | 'next' | 'note'>,
  w: Wording,
): string | undefined {
  if (!item.month || !item.next) return item.note;
  const monthName = w.month(item.next).replace(/\s*\d{4}$/, '');
  return `${w.t('paidIn', { month: monthName })} ${w.t('nextPayment', { month: w.month(item.next) })}`;
}

/** Count, total (only when something is counted) and how the total was made. */
export function summaryLines(s: Summary<SummaryRight>, w: Wording): string[] {
  const lines = [w.t('summaryCount', { count: s.count })];
  if (s.count > 0) lines.push(w.t('summaryTotal', { amount: w.euro(s.monthlyTotal) }), w.t('summaryNote'));
  return lines;
}

/** Partner types in words, never their identifiers. */
export const helpersWords = (
  r: Pick<HandoffRight, 'contacts' | 'contact'>,
  label: (type: string) => string = partnerTypeLabel,
  list: Wording['list'] = (items) => items.join(', '),
): string => (r.contact ? r.contact.name : list(r.contacts.map(label)));

/** What the fiche is built from: its language, direction, names and date (in words) as the fiche has them. */
export interface FicheInput<R extends HandoffRight>
  extends Pick<Fiche, 'lang' | 'dir' | 'hostName' | 'personName' | 'date' | 'answers'> {
  summary: Summary<R>;
  wording: Wording;
  statusText(r: R): string;
  /** Questions that would settle a "possible" right, in words. */
  settle?(item: MaybeItem<R>): string[];
  /** Month evaluated, YYYY-MM (the fiche says it in words). */
  month: string;
  booking?: Booking;
  /** A partner type in the fiche's language (French label table when absent). */
  partnerLabel?(type: string): string;
  places?(r: R): FichePlace[];
  followUp?: Fiche['followUp'];
  reopen?: Fiche['reopen'];
  payload?: string;
}
