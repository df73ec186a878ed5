// Loaded with the fiche (see actions.ts): the fiche de liaison of a summary, every right complete.
import type { Fiche, FicheRight, FicheSection } from './fiche.js';
import {
  amountWords,
  type FicheInput,
  type HandoffRight,
  helpersWords,
  summaryLines,
  whenWords,
} from './fiche-model.js';
import { bookingFor } from './help.js';

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
    helpers: helpersWords(r, input.partnerLabel, input.wording.list),
    places: r.contact
      ? [
          {
            name: r.contact.name,
            ...(r.contact.address ? { address: r.contact.address } : {}),
            ...(r.contact.phone ? { phone: r.contact.phone } : {}),
            // The host's own words, in French.
            ...(r.contact.hours ? { hours: r.contact.hours, hoursAsWritten: true } : {}),
          },
        ]
      : (input.places?.(r) ?? []),
    ...extra,
  };
  const amount = amountWords(r, w);
  if (amount) out.amount = amount;
  if (r.description) out.description = r.description;
  if (r.procedure?.url) out.url = r.procedure.url;
  const booking = input.booking && bookingFor(input.booking, r, input.partnerLabel);
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
