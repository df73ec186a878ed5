import { defineMessages, type MessageTable } from './messages.js';

// Messages of the validation helpers (blocks/parse.ts); French bundled, other languages on first use.
const fr = {
  errMoneyFormat: 'Écrivez un montant en chiffres, par exemple 1 200,50 (sans lettres).',
  errMoneyNegative: 'Écrivez un montant positif ou 0.',
  errMoneyDecimals: 'Écrivez au plus 2 chiffres après la virgule (les centimes), par exemple 12,50.',
  errMoneyTooLarge: 'Ce montant semble trop grand : vérifiez le nombre de zéros.',
  errDateIncomplete: 'Écrivez le jour, le mois et l’année, par exemple 27 3 1985.',
  errDateDay: 'Le jour doit être un nombre entre 1 et 31.',
  errDateMonth: 'Le mois doit être un nombre entre 1 et 12.',
  errDateYear: 'L’année doit avoir 4 chiffres, par exemple 1985.',
  errDateImpossible: 'Cette date n’existe pas : {month} n’a que {days} jours. Vérifiez le jour.',
  errDateFuture: 'La date doit être passée : vérifiez l’année.',
} satisfies MessageTable;

export type ParseTable = typeof fr;

export const parseMessages = defineMessages({
  fr,
  en: () => import('./parse-messages.en.js'),
  ar: () => import('./parse-messages.ar.js'),
  pt: () => import('./parse-messages.pt.js'),
  tr: () => import('./parse-messages.tr.js'),
  uk: () => import('./parse-messages.uk.js'),
});
