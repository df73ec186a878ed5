import { defineMessages, type MessageTable } from './messages.js';

// French is bundled; other languages are fetched on first use (see defineMessages).
const fr = {
  required: 'obligatoire',
  optional: 'facultatif',
  requiredLegend: 'Les champs marqués « obligatoire » doivent être remplis.',
  yes: 'Oui',
  no: 'Non',
  dontKnow: 'Je ne sais pas',
  errorPrefix: 'Erreur :',
  errorSummaryTitle: { one: 'Il y a {count} erreur', other: 'Il y a {count} erreurs' },
  errorSummaryIntro: 'Corrigez les champs suivants :',
  stepOf: 'Étape {current} sur {total}',
  progressLabel: 'Progression',
  day: 'Jour',
  month: 'Mois',
  year: 'Année',
  dateHint: 'Par exemple : 27 3 1985',
  euroUnit: 'euros',
  moneyHint: 'En euros, par exemple 1 200,50',
  suggestions: {
    zero: 'Aucune suggestion',
    one: '{count} suggestion, utilisez les flèches haut et bas pour choisir',
    other: '{count} suggestions, utilisez les flèches haut et bas pour choisir',
  },
  noSuggestion: 'Aucune commune trouvée. Vérifiez l’orthographe ou tapez le code postal.',
  searching: 'Recherche en cours…',
  searchFailed: 'La recherche ne fonctionne pas pour le moment. Réessayez dans un instant.',
  selected: '{label} sélectionnée',
  toneInfo: 'Information :',
  toneSuccess: 'C’est fait :',
  toneWarning: 'Attention :',
  toneError: 'Erreur :',
  close: 'Fermer',
  cancel: 'Annuler',
  confirm: 'Confirmer',
  // Validation messages: say what is wrong and how to fix it.
  errRequiredText: 'Remplissez le champ « {label} ».',
  errRequiredChoice: 'Choisissez une réponse pour « {label} ».',
  errRequiredChoices: 'Cochez au moins une réponse pour « {label} ».',
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
  errCommune: 'Choisissez une commune dans la liste des suggestions.',
} satisfies MessageTable;

export type BlockTable = typeof fr;

/** Strings of the building blocks. Widgets have their own tables. */
export const blockMessages = defineMessages({
  fr,
  en: () => import('./block-messages.en.js'),
  ar: () => import('./block-messages.ar.js'),
});

export type BlockMessageKey = keyof (typeof blockMessages)['tables']['fr'];
