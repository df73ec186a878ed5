// '@passerelle/rules/extra': the rights and steps added with issue 15 (birth, old age, widowhood,
// housing access, employment), added to the catalogue by loadExtraRights(), and the
// check of received rights against the law (`advice` on results). Kept out
// of the browser entry and of the catalogue entry for their size budgets (a widget loads it, e.g. with
// import(), before evaluating): call loadExtraRights() once wherever the whole catalogue is wanted (the command line
// does). It also adds the details of these rights to '@passerelle/rules/catalogue'.
import { registerResultCheck, registerRights } from './catalogue.js';
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
import { adviseReceivedRights } from './rights/advice.js';
import { registerExtraDetails } from './rights/details-extra.js';
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

/** In evaluation order: each reads only rights of the main entry or listed before it. */
export const EXTRA_RIGHTS = [
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
] as const;

/**
 * Adds these rights to the catalogue, the received-rights advice to every evaluation and their details
 * to '@passerelle/rules/catalogue'. Explicit and idempotent: importing this module changes nothing.
 */
export function loadExtraRights(): void {
  registerRights(EXTRA_RIGHTS);
  registerResultCheck(adviseReceivedRights);
  registerExtraDetails();
}
