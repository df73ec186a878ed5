// One dynamic import per right, with static specifiers: bundlers (esbuild, Vite/Rolldown) then emit each
// right's pack (its text, its glossary words, its parameter values: src/rights/generated/) as a chunk of its
// own, fetched only when that right is shown.
import type { RightPack } from './types.js';

export type Loader<T> = () => Promise<{ default: T }>;

export const RIGHT_LOADERS: Readonly<Record<string, Loader<RightPack>>> = {
  rsa: () => import('./rights/generated/rsa.js'),
  ppa: () => import('./rights/generated/ppa.js'),
  ass: () => import('./rights/generated/ass.js'),
  aspa: () => import('./rights/generated/aspa.js'),
  cheque_energie: () => import('./rights/generated/cheque-energie.js'),
  af: () => import('./rights/generated/af.js'),
  cf: () => import('./rights/generated/cf.js'),
  ars: () => import('./rights/generated/ars.js'),
  paje_base: () => import('./rights/generated/paje-base.js'),
  asf: () => import('./rights/generated/asf.js'),
  bourse_college: () => import('./rights/generated/bourse-college.js'),
  bourse_lycee: () => import('./rights/generated/bourse-lycee.js'),
  pass_sport: () => import('./rights/generated/pass-sport.js'),
  css: () => import('./rights/generated/css.js'),
  ame: () => import('./rights/generated/ame.js'),
  puma: () => import('./rights/generated/puma.js'),
  aah: () => import('./rights/generated/aah.js'),
  aeeh: () => import('./rights/generated/aeeh.js'),
  pch: () => import('./rights/generated/pch.js'),
  apa: () => import('./rights/generated/apa.js'),
  cmi: () => import('./rights/generated/cmi.js'),
  aide_logement: () => import('./rights/generated/aide-logement.js'),
  fsl: () => import('./rights/generated/fsl.js'),
  logement_social: () => import('./rights/generated/logement-social.js'),
  cej: () => import('./rights/generated/cej.js'),
  inscription_france_travail: () => import('./rights/generated/inscription-france-travail.js'),
  mission_locale: () => import('./rights/generated/mission-locale.js'),
  tarif_social_transport: () => import('./rights/generated/tarif-social-transport.js'),
  aide_juridictionnelle: () => import('./rights/generated/aide-juridictionnelle.js'),
  mediation_numerique: () => import('./rights/generated/mediation-numerique.js'),
};
