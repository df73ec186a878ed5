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
];
