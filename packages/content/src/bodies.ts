// Every text, loaded at once: for Node, tests and the checker (a browser uses loadExplanation instead).
import rsa from './rights/rsa.js';
import ppa from './rights/ppa.js';
import ass from './rights/ass.js';
import aspa from './rights/aspa.js';
import chequeEnergie from './rights/cheque-energie.js';
import af from './rights/af.js';
import cf from './rights/cf.js';
import ars from './rights/ars.js';
import pajeBase from './rights/paje-base.js';
import asf from './rights/asf.js';
import bourseCollege from './rights/bourse-college.js';
import bourseLycee from './rights/bourse-lycee.js';
import passSport from './rights/pass-sport.js';
import css from './rights/css.js';
import ame from './rights/ame.js';
import puma from './rights/puma.js';
import aah from './rights/aah.js';
import aeeh from './rights/aeeh.js';
import pch from './rights/pch.js';
import apa from './rights/apa.js';
import cmi from './rights/cmi.js';
import aideLogement from './rights/aide-logement.js';
import fsl from './rights/fsl.js';
import logementSocial from './rights/logement-social.js';
import cej from './rights/cej.js';
import inscriptionFranceTravail from './rights/inscription-france-travail.js';
import missionLocale from './rights/mission-locale.js';
import tarifSocialTransport from './rights/tarif-social-transport.js';
import aideJuridictionnelle from './rights/aide-juridictionnelle.js';
import mediationNumerique from './rights/mediation-numerique.js';
import type { RightBody } from './types.js';
import primeNaissance from './rights/prime-naissance.js';
import cmg from './rights/cmg.js';
import prepare from './rights/prepare.js';
import congeNaissance from './rights/conge-naissance.js';
import ajpp from './rights/ajpp.js';
import aripa from './rights/aripa.js';
import tarifSocialCantine from './rights/tarif-social-cantine.js';
import bourseCrous from './rights/bourse-crous.js';
import primeNoel from './rights/prime-noel.js';
import asi from './rights/asi.js';
import mva from './rights/mva.js';
import allocationVeuvage from './rights/allocation-veuvage.js';
import pensionReversion from './rights/pension-reversion.js';
import demandeRetraite from './rights/demande-retraite.js';
import aideMenagere from './rights/aide-menagere.js';
import complementaireSanteSenior from './rights/complementaire-sante-senior.js';
import pointConseilBudget from './rights/point-conseil-budget.js';
import garantieVisale from './rights/garantie-visale.js';
import avanceLocaPass from './rights/avance-loca-pass.js';
import domiciliation from './rights/domiciliation.js';
import dalo from './rights/dalo.js';
import are from './rights/are.js';
import rqth from './rights/rqth.js';
import cir from './rights/cir.js';
import aidePermisApprenti from './rights/aide-permis-apprenti.js';

/** Bodies of every right, in the order of CONTENT_INDEX. */
export const BODIES: readonly RightBody[] = [
  rsa,
  ppa,
  ass,
  aspa,
  chequeEnergie,
  af,
  cf,
  ars,
  pajeBase,
  asf,
  bourseCollege,
  bourseLycee,
  passSport,
  css,
  ame,
  puma,
  aah,
  aeeh,
  pch,
  apa,
  cmi,
  aideLogement,
  fsl,
  logementSocial,
  cej,
  inscriptionFranceTravail,
  missionLocale,
  tarifSocialTransport,
  aideJuridictionnelle,
  mediationNumerique,
  primeNaissance,
  cmg,
  prepare,
  congeNaissance,
  ajpp,
  aripa,
  tarifSocialCantine,
  bourseCrous,
  primeNoel,
  asi,
  mva,
  allocationVeuvage,
  pensionReversion,
  demandeRetraite,
  aideMenagere,
  complementaireSanteSenior,
  pointConseilBudget,
  garantieVisale,
  avanceLocaPass,
  domiciliation,
  dalo,
  are,
  rqth,
  cir,
  aidePermisApprenti,
];
