// Strings of the fiche de liaison only: loaded with it (see actions.ts), never with the results screen.
import { defineMessages, type MessageTable } from '../i18n/index.js';
import type { MessageParams, Translate } from '../i18n/messages.js';
import type { HandoffTable } from './messages.js';

const fr = {
  ficheTitle: 'Bilan d’accès aux droits',
  ficheFor: 'Pour : {name}',
  ficheHost: 'Fait avec : {host}',
  ficheDate: 'Bilan fait le {date}, d’après les règles de {month}.',
  notDecision:
    'Ce n’est pas une décision. Ce bilan est une estimation faite d’après les réponses ci-dessous. Seul l’organisme qui verse une aide peut dire si vous y avez droit, et combien.',
  answersTitle: 'Les réponses données',
  answersIntro: 'Vérifiez-les : si une réponse est fausse, le résultat peut changer.',
  status: 'Résultat',
  amount: 'Montant',
  whatToDo: 'Ce qu’il faut faire',
  papers: 'Papiers à préparer',
  officialLink: 'Faire la demande sur le site officiel',
  whereToGo: 'Où aller',
  openNow: 'Ouvert maintenant',
  closedNow: 'Fermé maintenant',
  hours: 'Horaires',
  // French puts a space before the colon; the other languages do not.
  hoursLine: '{label} : {hours}',
  followUpTitle: 'Suivi des droits (accompagnement)',
  followUpRight: 'Aide',
  followUpState: 'État',
  followUpOrientedTo: 'Orienté vers',
  followUpNote: 'Note',
} satisfies MessageTable;

export type FicheTable = typeof fr;

export const ficheMessages = defineMessages({
  fr,
  en: () => import('./fiche-messages.en.js'),
  ar: () => import('./fiche-messages.ar.js'),
  pt: () => import('./fiche-messages.pt.js'),
  tr: () => import('./fiche-messages.tr.js'),
  uk: () => import('./fiche-messages.uk.js'),
});

/** The fiche's own strings, then the screen's (reopen link, QR code), for `lang` as loaded so far. */
export function ficheTranslator(
  lang: string,
  screen: Translate<HandoffTable>,
): Translate<FicheTable & HandoffTable> {
  const own = ficheMessages.bind(lang);
  return (key: string, params?: MessageParams) =>
    key in ficheMessages.tables.fr
      ? own(key as keyof FicheTable, params)
      : screen(key as keyof HandoffTable, params);
}
