// Who helps with a right, in words: the partner need that serves it (the partners' needs table is the one
// source), partner types worded from a label table, and the host's booking addresses.
import { PARTNER_TYPE_LABELS, type PartnerType, RIGHT_NEEDS } from '@passerelle/partners/browser';
import { PARTNER_NEEDS } from '@passerelle/rules/vocabulary';

/** A partner type in words (the partners' label table); an unknown type becomes "Autre lieu", never its id. */
export const partnerTypeLabel = (type: string): string =>
  (PARTNER_TYPE_LABELS[type as PartnerType] ?? PARTNER_TYPE_LABELS.autre).one;

/** The need of `<passerelle-partner-finder>` that serves a right (local aids: papers at the mairie or CCAS). */
export function needOf(rightId: string): string {
  if (rightId.startsWith('local:')) return 'papiers';
  return RIGHT_NEEDS[rightId]?.[0] ?? 'papiers';
}

/** Booking addresses by partner type or need id (`*`: any right), from the host's `booking` setting. */
export type Booking = Record<string, string>;

/**
 * Reads the host's `booking` setting: `clé=adresse` pairs separated by `;` or new lines, or a JSON object.
 * Keys are partner types (`ccas`, `caf`…), needs (`retraite`, `logement`…) or `*`; addresses are https
 * (or http, mailto, tel). Bad entries are left out and described, in French, for the webmaster.
 */
export function parseBooking(text: string): { booking: Booking; errors: string[] } {
  const booking: Booking = {};
  const errors: string[] = [];
  const source = text.trim();
  if (!source) return { booking, errors };
  let pairs: [string, unknown][];
  if (source.startsWith('{')) {
    try {
      pairs = Object.entries(JSON.parse(source) as Record<string, unknown>);
    } catch {
      return {
        booking,
        errors: ['booking : le JSON ne se lit pas (vérifiez les guillemets et les virgules).'],
      };
    }
  } else
    pairs = source
      .split(/[;\n]+/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const at = s.indexOf('=');
        return at < 0 ? [s, ''] : [s.slice(0, at).trim(), s.slice(at + 1).trim()];
      });
  const known = (k: string) =>
    k === '*' || (PARTNER_NEEDS as readonly string[]).includes(k) || k in PARTNER_TYPE_LABELS;
  for (const [key, value] of pairs) {
    if (!known(key)) {
      errors.push(
        `booking : « ${key} » n'est ni un type de lieu (ccas, caf…) ni un besoin (retraite, logement…).`,
      );
      continue;
    }
    let url: URL | undefined;
    try {
      url = typeof value === 'string' ? new URL(value, globalThis.location?.href) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || !/^(https?|mailto|tel):$/.test(url.protocol)) {
      errors.push(`booking : l'adresse de « ${key} » doit commencer par https://, mailto: ou tel:.`);
      continue;
    }
    booking[key] = url.href;
  }
  return { booking, errors };
}

export interface BookingLink {
  href: string;
  /** Who the appointment is with, in words. */
  with: string;
}

/** Where to book for a right: its need first, then its partner types in order, then `*`. */
export function bookingFor(
  booking: Booking,
  right: { id: string; contacts: readonly string[] },
  label: (type: string) => string = partnerTypeLabel,
): BookingLink | undefined {
  const need = needOf(right.id);
  // A need names no one to meet: the link says "Prendre rendez-vous" (the needs' labels stay out of the widget).
  if (booking[need]) return { href: booking[need], with: '' };
  for (const c of right.contacts) if (booking[c]) return { href: booking[c], with: label(c) };
  return booking['*'] ? { href: booking['*'], with: '' } : undefined;
}
