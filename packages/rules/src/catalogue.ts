// The catalogue of national rights. The evaluation order is derived from what each right declares it
// reads (`reads`), never from the order of this list, which only breaks ties (and is the display order).
import { af, ars, asf, bourse_college, bourse_lycee, cf, paje_base } from './rights/famille.js';
import { aide_logement, cheque_energie, fsl, logement_social } from './rights/logement.js';
import { aah, aspa, ass, ppa, rsa } from './rights/ressources.js';
import { ame, css, puma } from './rights/sante.js';
import {
  aeeh,
  aide_juridictionnelle,
  apa,
  cej,
  cmi,
  inscription_france_travail,
  mediation_numerique,
  mission_locale,
  pass_sport,
  pch,
  tarif_social_transport,
} from './rights/steps.js';
import type { RightDefinition, RightId, RightInfo } from './rights/types.js';
import type { Ctx } from './context.js';

export type { AmountKind, ConditionText, RightDefinition, RightId, RightInfo } from './rights/types.js';
export { RIGHT_IDS } from './rights/types.js';

/** Every right, in catalogue (display) order. */
export const CATALOGUE: readonly RightDefinition[] = [
  af,
  cf,
  paje_base,
  asf,
  ars,
  aah,
  aspa,
  ass,
  aide_logement,
  rsa,
  ppa,
  css,
  cheque_energie,
  bourse_college,
  bourse_lycee,
  ame,
  puma,
  aeeh,
  pch,
  apa,
  cmi,
  fsl,
  logement_social,
  cej,
  inscription_france_travail,
  mission_locale,
  pass_sport,
  tarif_social_transport,
  aide_juridictionnelle,
  mediation_numerique,
];

/**
 * Orders rights so that each comes after every right it reads (Kahn's algorithm, ties in list order).
 * Throws on a cycle, on a read of an unknown right, and on two rights that both read 'all'.
 */
export function orderByReads(defs: readonly RightDefinition[]): RightDefinition[] {
  const byId = new Map(defs.map((d) => [d.id as string, d]));
  const all = defs.filter((d) => d.reads === 'all');
  if (all.length > 1) throw new Error(`rights ${all.map((d) => d.id).join(', ')} all read 'all'`);
  const deps = new Map<RightDefinition, RightDefinition[]>();
  for (const d of defs) {
    const ids = d.reads === 'all' ? defs.filter((x) => x !== d).map((x) => x.id) : (d.reads ?? []);
    deps.set(
      d,
      ids.map((id) => {
        const r = byId.get(id);
        if (!r) throw new Error(`right "${d.id}" reads "${id}", which is not in the catalogue`);
        return r;
      }),
    );
  }
  const out: RightDefinition[] = [];
  const done = new Set<RightDefinition>();
  while (out.length < defs.length) {
    const next = defs.find((d) => !done.has(d) && (deps.get(d) ?? []).every((x) => done.has(x)));
    if (!next) {
      const left = defs.filter((d) => !done.has(d)).map((d) => d.id);
      throw new Error(`rights read each other in a cycle: ${left.join(', ')}`);
    }
    done.add(next);
    out.push(next);
  }
  return out;
}

/**
 * Every right known now, in display order: the catalogue, then the rights added with registerRights (the
 * 25 of '@passerelle/rules/extra', kept out of the browser entry). Changes only through registerRights.
 */
export const ALL_RIGHTS: readonly RightDefinition[] = [...CATALOGUE];

/** Every known right in evaluation order: each after the rights it reads. */
export const RIGHT_DEFINITIONS: readonly RightDefinition[] = orderByReads(ALL_RIGHTS);

const info = (d: RightDefinition): RightInfo => {
  const { evaluate: _e, ...rest } = d;
  return rest;
};

/** Rights by id: label, theme, conditions (French), contacts, sources. Details: ./catalogue-entry.ts. */
export const RIGHTS: Readonly<Record<RightId, RightInfo>> = Object.fromEntries(
  RIGHT_DEFINITIONS.map((d) => [d.id, info(d)]),
) as Record<RightId, RightInfo>;

export function getRight(id: string): RightInfo | undefined {
  return (RIGHTS as Record<string, RightInfo | undefined>)[id];
}

export function listRights(): RightInfo[] {
  return ALL_RIGHTS.map(info);
}

/**
 * Adds rights kept out of the browser entry; the evaluation order is derived again from what every right
 * reads (a cycle throws, and nothing is added). Called explicitly (loadExtraRights), never on import;
 * adding a right twice does nothing.
 */
export function registerRights(defs: readonly RightDefinition[]): void {
  const added = defs.filter((d) => !ALL_RIGHTS.includes(d));
  if (added.length === 0) return;
  const ordered = orderByReads([...ALL_RIGHTS, ...added]);
  (ALL_RIGHTS as RightDefinition[]).push(...added);
  (RIGHT_DEFINITIONS as RightDefinition[]).splice(0, RIGHT_DEFINITIONS.length, ...ordered);
  for (const d of added) (RIGHTS as Record<string, RightInfo>)[d.id] = info(d);
}

/** A check run once every right is evaluated; it may add `advice` to results (see rights/advice.ts). */
export type ResultCheck = (ctx: Ctx) => void;
export const RESULT_CHECKS: ResultCheck[] = [];

/** Adds a check run after each evaluation ('@passerelle/rules/extra' adds the received-rights advice). */
export function registerResultCheck(check: ResultCheck): void {
  if (!RESULT_CHECKS.includes(check)) RESULT_CHECKS.push(check);
}
