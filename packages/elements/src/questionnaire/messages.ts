// Strings of <passerelle-questionnaire>. French is complete and plain; en, ar, pt, tr, uk complete too (awaiting
// native review). The questions, reasons and right details are translated in '@passerelle/rules/i18n'.
import { defineMessages, type MessageTable } from '../i18n/index.js';

const fr = {
  title: 'Bilan de vos droits',
  titleMediation: 'Bilan d’accès aux droits (entretien)',
  intro:
    'Répondez à quelques questions sur votre foyer, votre logement et vos revenus. Vous saurez quelles aides vous pouvez peut-être demander, pourquoi, environ combien, et qui peut vous aider.',
  introMediation:
    'Pour un entretien avec la personne : toutes les questions, tous les thèmes, puis la liste de chaque aide avec son état et vos notes.',
  duration: 'Cela prend 5 à 10 minutes.',
  durationMediation: 'Comptez 30 à 45 minutes.',
  privacy:
    'Vos réponses restent sur votre appareil. Rien n’est envoyé sur Internet. Elles sont effacées quand vous fermez la page, sauf si vous demandez à les garder.',
  themesLegend: 'Sur quels sujets voulez-vous faire le point ?',
  themesHint: 'Tous les sujets sont cochés. Décochez ceux qui ne vous concernent pas.',
  themesError: 'Cochez au moins un sujet pour commencer.',
  start: 'Commencer',
  resume: 'Reprendre mes réponses enregistrées',
  resumeHint: 'Vous avez enregistré des réponses sur cet appareil le {date}.',
  continue: 'Continuer',
  back: 'Retour',
  dontKnow: 'Je ne sais pas',
  stepStatus: 'Question {current} sur environ {total}',
  resultsTitle: 'Vos résultats',
  resultsIntro:
    'Ces résultats sont calculés d’après vos réponses. Ce n’est pas une décision : seul l’organisme qui verse l’aide peut la confirmer.',
  statusEligible: 'Vous y avez probablement droit',
  statusPossible: 'Vous y avez peut-être droit',
  statusNotEligible: 'D’après vos réponses, vous n’y avez pas droit',
  statusReceived: 'Vous la recevez déjà',
  amountEstimate:
    'Environ {amount} {per}. C’est une estimation : le montant exact sera calculé par l’organisme.',
  amountFlat: 'Montant : {amount} {per}.',
  amountUpTo: 'Jusqu’à {amount} {per}.',
  amountCost: 'Vous paieriez environ {amount} {per}.',
  amountFree: 'Elle serait gratuite pour vous.',
  perMonth: 'par mois',
  perYear: 'par an',
  perOnce: 'une fois',
  why: 'Pourquoi ?',
  whatToDo: 'Ce qu’il faut faire',
  papers: 'Papiers à préparer',
  applyLink: 'Faire la demande (site officiel)',
  whoCanHelp: 'Qui peut vous aider',
  findHelp: 'Trouver un lieu d’aide près de chez vous',
  findHelpDone: 'La recherche de lieux d’aide est ouverte plus bas dans la page.',
  findHelpEvent: 'Demandez à l’accueil de votre mairie ou de votre CCAS : ils vous orienteront.',
  falc: 'Explication facile à lire',
  settleWith: 'Pour savoir, il faudrait répondre à :',
  answerNow: 'Répondre à cette question',
  received: 'Les aides que vous recevez déjà',
  notEligible: {
    one: 'Voir l’aide à laquelle vous n’avez pas droit ({count})',
    other: 'Voir les aides auxquelles vous n’avez pas droit ({count})',
  },
  localAid: 'Aide de votre commune',
  publisher: 'Proposée par {name}',
  bilanTitle: 'Mon bilan',
  bilanOpen: 'Voir ma fiche à imprimer ou à partager',
  bilanIntro:
    'Une fiche à garder, ou à donner à la personne qui vous aidera : vos réponses, vos résultats, ce qu’il faut faire et où aller.',
  bilanName: 'Votre nom (facultatif)',
  bilanNameHint: 'Il apparaîtra seulement sur votre copie. Laissez vide si vous préférez.',
  print: 'Imprimer la fiche',
  download: 'Télécharger la fiche',
  downloaded: 'Votre bilan est téléchargé sur cet appareil.',
  backToResults: 'Retour aux résultats',
  edit: 'Modifier mes réponses',
  save: 'Garder mes réponses sur cet appareil',
  saveHint: 'Seulement si cet appareil est à vous. Vous pourrez les effacer à tout moment.',
  saved: 'Vos réponses sont gardées sur cet appareil.',
  saveFailed:
    'Cet appareil ne permet pas de garder vos réponses (navigation privée ou mémoire pleine). Vous pouvez continuer : vos réponses restent sur cette page jusqu’à sa fermeture.',
  savedDiscarded:
    'Les réponses gardées sur cet appareil étaient abîmées et ne pouvaient pas être relues. Elles ont été effacées : vous pouvez recommencer.',
  erase: 'Effacer mes réponses',
  eraseHeading: 'Effacer toutes vos réponses ?',
  eraseText:
    'Toutes vos réponses et votre bilan seront effacés de cet appareil. Vous ne pourrez pas les retrouver.',
  eraseConfirm: 'Oui, tout effacer',
  erased: 'Vos réponses sont effacées.',
  engineFailed:
    'Une partie du questionnaire n’a pas pu se charger. Vérifiez votre connexion à internet, puis réessayez.',
  configError:
    'Les aides de votre commune n’ont pas pu être chargées. Le bilan des aides nationales fonctionne normalement.',
  configErrorPartial:
    'Certaines aides de votre commune n’ont pas pu être lues. Les autres sont bien prises en compte.',
  rulesError: 'Le calcul des aides n’a pas fonctionné. Réessayez, ou demandez de l’aide à votre mairie.',
  checklistStatus: 'État pour « {right} »',
  checklistOpen: 'Déjà ouvert',
  checklistToOpen: 'À ouvrir',
  checklistOriented: 'Orienté vers…',
  checklistNotConcerned: 'Non concerné',
  orientedTo: 'Orienté vers (organisme) pour « {right} »',
  note: 'Note pour « {right} »',
  interviewSubmit: 'Voir les résultats et le suivi',
  themesNav: 'Thèmes de l’entretien',
  bilansList: 'Liste des bilans',
  checklistAside: 'Suivi des droits pendant l’entretien',
  groupProfil: 'Le foyer',
  themeFamille: 'Famille',
  themeEmploi: 'Emploi',
  themeLogement: 'Logement',
  themeSante: 'Santé',
  themeTransport: 'Transport',
  themeRessources: 'Ressources',
  contactsLabel: 'À contacter : {list}',
  hostedBy: 'Contact : {name}',
  answeredCount: { one: '{count} réponse donnée', other: '{count} réponses données' },
  lifeEventLegend: 'Il vous arrive quelque chose en ce moment ?',
  lifeEventHint:
    'Si oui, choisissez-le : les questions et les aides qui vont avec viendront en premier. Vous pouvez passer.',
  lifeEventNone: 'Rien de particulier',
  lifeEventOrder: 'Classé pour : {event}.',
  communeCodeHint:
    'Le code de la commune a 5 caractères (code INSEE), par exemple 94028. Ce n’est pas toujours le code postal.',
} satisfies MessageTable;

export type QuestionnaireTable = typeof fr;

export const messages = defineMessages({
  fr,
  en: () => import('./messages.en.js'),
  ar: () => import('./messages.ar.js'),
  pt: () => import('./messages.pt.js'),
  tr: () => import('./messages.tr.js'),
  uk: () => import('./messages.uk.js'),
});

export type MessageKey = keyof (typeof messages)['tables']['fr'];
