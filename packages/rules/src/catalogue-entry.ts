// '@passerelle/rules/catalogue': the whole catalogue, i.e. what the main entry knows of each right
// (label, theme, conditions, contacts, sources) plus what a person needs to act on it (description,
// procedure, papers) and the parameter ids of its amount (apart, so that widgets do not load them).
import { listRights } from './catalogue.js';
import { RIGHT_DETAILS } from './rights/details.js';
import { PAYMENT_NOTES, RIGHT_DUTIES } from './rights/duties.js';
import { RIGHT_PARAMETERS } from './rights/parameters.js';
import type { RightDetails, RightDuty, RightId, RightInfo, RightPayment } from './rights/types.js';

export { PAYMENT_NOTES, RIGHT_DETAILS, RIGHT_DUTIES, RIGHT_PARAMETERS };
export type { RightDetails, RightDuty, RightPayment };

/** A right as the catalogue describes it, with the parameter ids its amount reads. */
export type CatalogueEntry = RightInfo &
  RightDetails & { parameters: readonly string[]; duties?: readonly RightDuty[] };

/** Description and procedure of a national right (undefined for other ids). */
export function getRightDetails(id: string): RightDetails | undefined {
  return (RIGHT_DETAILS as Record<string, RightDetails | undefined>)[id];
}

/** Duties that come with a right (RSA, ASS, CEJ, AAH…): empty when it has none. Payment notes: PAYMENT_NOTES. */
export function getRightDuties(id: string): readonly RightDuty[] {
  return (RIGHT_DUTIES as Record<string, readonly RightDuty[] | undefined>)[id] ?? [];
}

/** Every registered right with its details, in evaluation order ('@passerelle/rules/extra' adds 25). */
export function listCatalogue(): CatalogueEntry[] {
  return listRights().map((info) => {
    const id = info.id as RightId;
    const details = RIGHT_DETAILS[id];
    const note = PAYMENT_NOTES[id];
    return {
      ...info,
      ...details,
      payment: note ? { ...details.payment, note } : details.payment,
      parameters: RIGHT_PARAMETERS[id],
      ...(RIGHT_DUTIES[id] ? { duties: RIGHT_DUTIES[id] } : {}),
    };
  });
}
