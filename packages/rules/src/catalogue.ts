// The catalogue of national rights, in evaluation order (a right may read those before it).
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

export const RIGHT_DEFINITIONS: readonly RightDefinition[] = [
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
  // Last: it looks at every other result.
  mediation_numerique,
];

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
  return RIGHT_DEFINITIONS.map(info);
}

/**
 * Adds rights kept out of the browser entry (issue 15: '@passerelle/rules/extra' registers 25 of them),
 * before the last right, which reads every other result. Registering twice does nothing.
 */
export function registerRights(defs: readonly RightDefinition[]): void {
  const list = RIGHT_DEFINITIONS as RightDefinition[];
  for (const d of defs) {
    if (list.includes(d)) continue;
    list.splice(list.length - 1, 0, d);
    (RIGHTS as Record<string, RightInfo>)[d.id] = info(d);
  }
}

/** A check run once every right is evaluated; it may add `advice` to results (see rights/advice.ts). */
export type ResultCheck = (ctx: Ctx) => void;
export const RESULT_CHECKS: ResultCheck[] = [];

/** Adds a check run after each evaluation ('@passerelle/rules/extra' adds the received-rights advice). */
export function registerResultCheck(check: ResultCheck): void {
  if (!RESULT_CHECKS.includes(check)) RESULT_CHECKS.push(check);
}
