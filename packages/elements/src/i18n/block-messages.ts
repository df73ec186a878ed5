import { defineMessages, type MessageTable } from './messages.js';

// French is bundled; other languages are fetched on first use (see defineMessages).
const fr = {
  required: 'obligatoire',
  requiredLegend: 'Les champs marqués « obligatoire » doivent être remplis.',
  yes: 'Oui',
  no: 'Non',
  dontKnow: 'Je ne sais pas',
  errorPrefix: 'Erreur :',
  errorSummaryTitle: { one: 'Il y a {count} erreur', other: 'Il y a {count} erreurs' },
  errorSummaryIntro: 'Corrigez les champs suivants :',
  stepOf: 'Étape {current} sur {total}',
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
  cancel: 'Annuler',
  confirm: 'Confirmer',
  // Validation messages: say what is wrong and how to fix it.
} satisfies MessageTable;

export type BlockTable = typeof fr;

/** Strings of the building blocks. Widgets have their own tables. */
export const blockMessages = defineMessages({
  fr,
  en: () => import('./block-messages.en.js'),
  ar: () => import('./block-messages.ar.js'),
  pt: () => import('./block-messages.pt.js'),
  tr: () => import('./block-messages.tr.js'),
  uk: () => import('./block-messages.uk.js'),
});

export type BlockMessageKey = keyof (typeof blockMessages)['tables']['fr'];
