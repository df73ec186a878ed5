// '@passerelle/rules/catalogue': the whole catalogue, i.e. what the main entry knows of each right
// (label, theme, conditions, contacts, sources) plus what a person needs to act on it (description,
// procedure, papers) and the parameter ids of its amount (apart, so that widgets do not load them).
import { listRights } from './catalogue.js';
import { RIGHT_DETAILS } from './rights/details.js';
import { RIGHT_PARAMETERS } from './rights/parameters.js';
import type { RightDetails, RightDuty, RightId, RightInfo, RightPayment } from './rights/types.js';

export { RIGHT_DETAILS, RIGHT_PARAMETERS };
export type { RightDetails, RightDuty, RightPayment };

/** A right as the catalogue describes it, with the parameter ids its amount reads. */
export type CatalogueEntry = RightInfo & RightDetails & { parameters: readonly string[] };

/** Description and procedure of a national right (undefined for other ids). */
export function getRightDetails(id: string): RightDetails | undefined {
  return (RIGHT_DETAILS as Record<string, RightDetails | undefined>)[id];
}

/** Every registered right with its details, in evaluation order ('@passerelle/rules/extra' adds 25). */
export function listCatalogue(): CatalogueEntry[] {
  return listRights().map((info) => ({
    ...info,
    ...RIGHT_DETAILS[info.id as RightId],
    parameters: RIGHT_PARAMETERS[info.id as RightId],
  }));
}
