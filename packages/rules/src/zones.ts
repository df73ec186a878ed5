// '@passerelle/rules/zones': the aide au logement zone of every commune (arrêté du 17 mars 1978), about 2 KB
// gzipped, kept out of the main entry. Call loadZones() once (the command line does; the questionnaire's
// engine does, for every bilan): the aide au logement then uses the commune's zone instead of a
// guess from the département, and gives one amount instead of a range.
import { communeZone, registerZoneLookup, type Zone, zonesLoaded } from './rights/housing-zone.js';
import { cityOf, departementOf } from './vocabulary.js';
import { ZONES_BY_COMMUNE } from './zones-data.js';

interface Departement {
  usual: Zone;
  others: Map<number, Zone>;
}

/** Reads the table of src/zones-data.ts (its format is described there). */
function decode(encoded: string): Map<string, Departement> {
  const out = new Map<string, Departement>();
  for (const part of encoded.split(',')) {
    const [head, ...groups] = part.split(';') as [string, ...string[]];
    const others = new Map<number, Zone>();
    for (const g of groups) {
      let n = 0;
      const zone = Number(g[0]) as Zone;
      for (const gap of g.slice(1).split('.')) {
        n += parseInt(gap, 36);
        others.set(n, zone);
      }
    }
    out.set(head.slice(0, -1), { usual: Number(head.slice(-1)) as Zone, others });
  }
  return out;
}

/**
 * Idempotent. Paris, Lyon and Marseille districts take their commune's zone. The table is read at the first
 * lookup, not here: loading it costs a page nothing until an aide au logement is evaluated.
 */
export function loadZones(): void {
  if (zonesLoaded()) return;
  let table: Map<string, Departement> | undefined;
  const seen = new Map<string, Zone | undefined>();
  registerZoneLookup((commune) => {
    if (seen.has(commune)) return seen.get(commune);
    table ??= decode(ZONES_BY_COMMUNE);
    const code = cityOf(commune) ?? commune;
    const dep = departementOf(code);
    const d = table.get(dep);
    const rest = code.slice(dep.length);
    const zone =
      d && rest.length === 5 - dep.length && /^\d+$/.test(rest)
        ? (d.others.get(Number(rest)) ?? d.usual)
        : undefined;
    if (seen.size < 1000) seen.set(commune, zone);
    return zone;
  });
}

export { communeZone, zonesLoaded };
