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
import {
  aide_permis_apprenti,
  are,
  avance_loca_pass,
  cir,
  dalo,
  domiciliation,
  garantie_visale,
  rqth,
} from './rights/acces.js';
import {
  ajpp,
  aripa,
  bourse_crous,
  cmg,
  conge_naissance,
  prepare,
  prime_naissance,
  tarif_social_cantine,
} from './rights/naissance.js';
import {
  aide_menagere,
  allocation_veuvage,
  asi,
  complementaire_sante_senior,
  demande_retraite,
  mva,
  pension_reversion,
  point_conseil_budget,
  prime_noel,
} from './rights/solidarite.js';

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
  // Issue 15: after the rights they read (RSA, ASS, AAH, CSS, aide au logement, FSL).
  prime_naissance,
  cmg,
  prepare,
  conge_naissance,
  ajpp,
  aripa,
  tarif_social_cantine,
  bourse_crous,
  prime_noel,
  asi,
  mva,
  allocation_veuvage,
  pension_reversion,
  demande_retraite,
  aide_menagere,
  complementaire_sante_senior,
  point_conseil_budget,
  garantie_visale,
  avance_loca_pass,
  domiciliation,
  dalo,
  are,
  rqth,
  cir,
  aide_permis_apprenti,
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
