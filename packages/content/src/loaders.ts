// One dynamic import per right and per glossary locale, with static specifiers: bundlers (esbuild,
// Vite/Rolldown) then emit each text as a chunk of its own, fetched only when that right is shown.
import type { GlossaryEntry, Locale, RightBody } from './types.js';

export type Loader<T> = () => Promise<{ default: T }>;

export const RIGHT_LOADERS: Readonly<Record<string, Loader<RightBody>>> = {
  rsa: () => import('./rights/rsa.js'),
  ppa: () => import('./rights/ppa.js'),
  ass: () => import('./rights/ass.js'),
  aspa: () => import('./rights/aspa.js'),
  cheque_energie: () => import('./rights/cheque-energie.js'),
  af: () => import('./rights/af.js'),
  cf: () => import('./rights/cf.js'),
  ars: () => import('./rights/ars.js'),
  paje_base: () => import('./rights/paje-base.js'),
  asf: () => import('./rights/asf.js'),
  bourse_college: () => import('./rights/bourse-college.js'),
  bourse_lycee: () => import('./rights/bourse-lycee.js'),
  pass_sport: () => import('./rights/pass-sport.js'),
  css: () => import('./rights/css.js'),
  ame: () => import('./rights/ame.js'),
  puma: () => import('./rights/puma.js'),
  aah: () => import('./rights/aah.js'),
  aeeh: () => import('./rights/aeeh.js'),
  pch: () => import('./rights/pch.js'),
  apa: () => import('./rights/apa.js'),
  cmi: () => import('./rights/cmi.js'),
  aide_logement: () => import('./rights/aide-logement.js'),
  fsl: () => import('./rights/fsl.js'),
  logement_social: () => import('./rights/logement-social.js'),
  cej: () => import('./rights/cej.js'),
  inscription_france_travail: () => import('./rights/inscription-france-travail.js'),
  mission_locale: () => import('./rights/mission-locale.js'),
  tarif_social_transport: () => import('./rights/tarif-social-transport.js'),
  aide_juridictionnelle: () => import('./rights/aide-juridictionnelle.js'),
  mediation_numerique: () => import('./rights/mediation-numerique.js'),
};

export const GLOSSARY_LOADERS: Readonly<Record<Locale, Loader<readonly GlossaryEntry[]>>> = {
  fr: () => import('./glossary/fr.js'),
  en: () => import('./glossary/en.js'),
};
