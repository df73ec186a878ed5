// The aide au logement zone of a commune, once '@passerelle/rules/zones' has given its lookup (loadZones()).
// Kept out of the main entry for its size: without it the zone is guessed from the département.
export type Zone = 1 | 2 | 3;

let lookup: ((commune: string) => Zone | undefined) | undefined;

/** Set once by '@passerelle/rules/zones'. */
export function registerZoneLookup(f: (commune: string) => Zone | undefined): void {
  lookup = f;
}

export const zonesLoaded = (): boolean => lookup !== undefined;

/** The zone of an INSEE commune code, when the table is loaded and knows the commune. */
export const communeZone = (commune: string): Zone | undefined => lookup?.(commune);
