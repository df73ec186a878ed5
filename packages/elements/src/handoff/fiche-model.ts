// From the results to the words of the summary and of the fiche de liaison: one wording for the screen,
// the print and the file.
import type { MaybeItem, Summary, SummaryRight, YearlyItem } from '@passerelle/rules/summary';
import { formatDate, formatEuro } from '../i18n/format.js';
import type { Translate } from '../i18n/messages.js';
import type { Fiche, FichePlace, FicheRight, FicheSection } from './fiche.js';
import { type Booking, bookingFor, partnerTypeLabel } from './help.js';
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
}

/** The wording for a locale (French until another locale's table is loaded). */
export function wordingFor(locale: string): Wording {
  return {
    t: handoffMessages.bind(locale),
    euro: (value) => formatEuro(value, locale),
    month: (m) => formatDate(`${m}-01`, locale, { month: 'long', year: 'numeric' }),
  };
}

/** The amount of a right in words, for its group (monthly, yearly, once, up to). */
export function amountWords(r: SummaryRight, w: Wording): string | undefined {
  const a = r.amount;
  if (!a || a.isCost || a.value <= 0 || r.status === 'not_eligible') return undefined;
  const amount = w.euro(a.value);
  if (a.upTo)
    return w.t('upToAmount', {
      amount,
      per: a.per === 'month' ? w.t('perMonth') : a.per === 'year' ? w.t('perYear') : w.t('perOnce'),
    });
  if (a.per === 'month') return w.t('monthlyAmount', { amount });
  return w.t(a.per === 'year' ? 'perYearAmount' : 'onceAmount', { amount });
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
export const helpersWords = (r: Pick<HandoffRight, 'contacts' | 'contact'>): string =>
  r.contact ? r.contact.name : r.contacts.map(partnerTypeLabel).join(', ');

export interface FicheInput<R extends HandoffRight> {
  summary: Summary<R>;
  wording: Wording;
  statusText(r: R): string;
  /** Questions that would settle a "possible" right, in words. */
  settle?(item: MaybeItem<R>): string[];
  answers: Fiche['answers'];
  lang: string;
  dir: 'ltr' | 'rtl';
  hostName?: string;
  personName?: string;
  /** Date made, in words. */
  date: string;
  /** Month evaluated, YYYY-MM. */
  month: string;
  booking?: Booking;
  places?(r: R): FichePlace[];
  followUp?: Fiche['followUp'];
  reopen?: Fiche['reopen'];
  payload?: string;
}

function ficheRight<R extends HandoffRight>(
  r: R,
  input: FicheInput<R>,
  extra: Partial<FicheRight>,
): FicheRight {
  const w = input.wording;
  const out: FicheRight = {
    id: r.id,
    label: r.label,
    status: input.statusText(r),
    steps: [...(r.procedure?.steps ?? [])],
    papers: [...(r.procedure?.papers ?? [])],
    helpers: helpersWords(r),
    places: r.contact
      ? [
          {
            name: r.contact.name,
            ...(r.contact.address ? { address: r.contact.address } : {}),
            ...(r.contact.phone ? { phone: r.contact.phone } : {}),
            ...(r.contact.hours ? { hours: r.contact.hours } : {}),
          },
        ]
      : (input.places?.(r) ?? []),
    ...extra,
  };
  const amount = amountWords(r, w);
  if (amount) out.amount = amount;
  if (r.description) out.description = r.description;
  if (r.procedure?.url) out.url = r.procedure.url;
  const booking = input.booking && bookingFor(input.booking, r);
  if (booking)
    out.booking = {
      href: booking.href,
      label: booking.with ? w.t('bookWith', { with: booking.with }) : w.t('book'),
    };
  return out;
}

/** The fiche de liaison of a summary: groups in the order of the screen, each right complete. */
export function buildFiche<R extends HandoffRight>(input: FicheInput<R>): Fiche {
  const { summary: s, wording: w } = input;
  const t = w.t;
  const sections: FicheSection[] = [
    { heading: t('groupMonthly'), rights: s.monthly.map((r) => ficheRight(r, input, {})) },
    {
      heading: t('groupYearly'),
      rights: s.yearly.map((y) => {
        const when = whenWords(y, w);
        return ficheRight(y.right, input, when ? { when } : {});
      }),
    },
    {
      heading: t('groupMaybe'),
      intro: t('groupMaybeIntro'),
      rights: s.maybe.map((m) => ficheRight(m.right, input, { settle: input.settle?.(m) ?? [] })),
    },
    {
      heading: t('groupSteps'),
      intro: t('groupStepsIntro'),
      rights: s.steps.map((r) => ficheRight(r, input, {})),
    },
    {
      heading: t('groupReceived'),
      rights: s.received.map((r) => ({
        id: r.id,
        label: r.label,
        status: input.statusText(r),
        steps: [],
        papers: [],
        places: [],
      })),
    },
  ];
  const fiche: Fiche = {
    lang: input.lang,
    dir: input.dir,
    date: input.date,
    month: w.month(input.month),
    summary: summaryLines(s, w),
    answers: input.answers,
    sections,
  };
  if (input.hostName?.trim()) fiche.hostName = input.hostName.trim();
  if (input.personName?.trim()) fiche.personName = input.personName.trim();
  if (input.followUp?.length) fiche.followUp = input.followUp;
  if (input.reopen) fiche.reopen = input.reopen;
  if (input.payload) fiche.payload = input.payload;
  return fiche;
}
