// '@passerelle/rules/catalogue': the whole catalogue, i.e. what the main entry knows of each right
// (label, theme, conditions, contacts, sources) plus what a person needs to act on it (description,
// procedure, papers) and the parameter ids of its amount.
import { listRights, RIGHT_DEFINITIONS } from './catalogue.js';
import { RIGHT_DETAILS } from './rights/details.js';
import type { RightDetails, RightId, RightInfo } from './rights/types.js';

export { RIGHT_DETAILS };
export type { RightDetails };

/** A right as the catalogue describes it. */
export type CatalogueEntry = RightInfo & RightDetails;

/** Description, procedure and parameter ids of a national right (undefined for other ids). */
export function getRightDetails(id: string): RightDetails | undefined {
  return (RIGHT_DETAILS as Record<string, RightDetails | undefined>)[id];
}

/** Every right with its details, in evaluation order. */
export function listCatalogue(): CatalogueEntry[] {
  return listRights().map((info) => ({ ...info, ...RIGHT_DETAILS[info.id as RightId] }));
}

/** Ids of the rights the catalogue details, for consistency checks. */
export const DETAILED_RIGHT_IDS: readonly RightId[] = RIGHT_DEFINITIONS.map((d) => d.id);
