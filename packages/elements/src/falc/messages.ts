import { defineMessages, type MessageTable } from '../i18n/messages.js';

const fr = {
  readAloud: 'Écouter le texte',
  listen: 'Écouter',
  pause: 'Pause',
  resume: 'Reprendre',
  stop: 'Arrêter',
  readingStarted: 'Lecture à voix haute commencée.',
  readingEnded: 'Lecture terminée.',
  paused: 'Lecture en pause.',
  resumed: 'Lecture reprise.',
  stopped: 'Lecture arrêtée.',
  wordHint: 'Mot difficile. Appuyez pour voir ce que veut dire ce mot.',
  definitionOpen: '{word} : {definition}',
  lexicon: 'Les mots difficiles',
  officialLink: 'Lire la page officielle complète',
  easyToRead: 'Facile à lire',
  reviewed: 'Relu par des personnes concernées le {date}.',
  chooseHeading: 'Choisissez une aide',
  chooseIntro: 'Chaque aide est expliquée avec des mots simples.',
  backToList: 'Voir toutes les aides',
  unknownRight: 'Nous avons 0 explication pour « {right} ». Choisissez une aide dans la liste.',
  amountError: 'Les montants sont impossibles à calculer pour cette date. Voici les montants d’aujourd’hui.',
  opened: 'Explication affichée : {title}.',
  loading: 'Chargement…',
  loadError: 'Le texte est impossible à charger. Vérifiez votre connexion à internet, puis réessayez.',
  retry: 'Réessayer',
} satisfies MessageTable;

export type FalcTable = typeof fr;

/** Interface strings of <passerelle-falc>, in plain words themselves. English and Arabic are fetched on first use. */
export const falcMessages = defineMessages({
  fr,
  en: () => import('./messages.en.js'),
  ar: () => import('./messages.ar.js'),
  pt: () => import('./messages.pt.js'),
  tr: () => import('./messages.tr.js'),
  uk: () => import('./messages.uk.js'),
});
