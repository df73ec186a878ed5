// Strings of the results summary and of the hand-off (fiche de liaison, link, QR code, booking).
import { defineMessages, type MessageTable } from '../i18n/index.js';

const fr = {
  summaryCount: {
    zero: 'Nous n’avons pas trouvé d’aide versée chaque mois que vous pourriez demander en plus.',
    one: 'Vous avez probablement droit à {count} aide versée chaque mois que vous ne recevez pas.',
    other: 'Vous avez probablement droit à {count} aides versées chaque mois que vous ne recevez pas.',
  },
  summaryTotal: 'Au total, environ {amount} par mois (estimation).',
  summaryNote:
    'Ce total compte seulement ces aides. Les aides versées une fois par an, et celles à confirmer, sont à part.',
  groupMonthly: 'Aides versées chaque mois',
  groupYearly: 'Aides versées une fois par an ou en une fois',
  groupMaybe: 'Aides à confirmer',
  groupMaybeIntro: 'Vous y avez peut-être droit. L’organisme vous le dira.',
  groupSteps: 'Démarches utiles',
  groupStepsIntro: 'Pas d’argent versé, mais des droits ou de l’aide pour vos démarches.',
  groupReceived: 'Les aides que vous recevez déjà',
  paidIn: 'Versée en {month}.',
  nextPayment: 'Prochain versement : {month}.',
  estimateAmount: 'Environ {amount} {per}.',
  flatAmount: 'Montant : {amount} {per}.',
  costAmount: 'Vous paieriez environ {amount} {per}.',
  freeAmount: 'Elle serait gratuite pour vous.',
  upToAmount: 'Jusqu’à {amount} {per}.',
  perMonth: 'par mois',
  perYear: 'par an',
  perOnce: 'une fois',
  settleWith: 'Pour savoir : {question}',
  // The fiche de liaison
  book: 'Prendre rendez-vous',
  bookWith: 'Prendre rendez-vous : {with}',
  reopenTitle: 'Rouvrir ce bilan sur un autre appareil',
  reopenText:
    'Ouvrez ce lien ou scannez ce code : le bilan se rouvre avec les mêmes réponses. Les réponses sont dans le lien lui-même, elles ne passent par aucun serveur.',
  reopenLink: 'Lien pour rouvrir ce bilan',
  qrAlt: 'Code QR pour rouvrir ce bilan',
  // On screen
  showQr: 'Afficher un code QR pour un autre appareil',
  openSaved: 'Ouvrir un bilan enregistré',
  openSavedHint: 'Un fichier de bilan téléchargé plus tôt (il se termine par .html).',
  notABilan:
    'Ce fichier n’est pas un bilan enregistré. Choisissez le fichier téléchargé avec « Télécharger la fiche ».',
  restoreTitle: 'Un bilan a été partagé avec ce lien',
  restoreText:
    'Voulez-vous l’ouvrir ? Ses réponses remplaceront celles de cette page. Elles restent sur cet appareil.',
  restoreYes: 'Ouvrir ce bilan',
  restoreNo: 'Non, commencer un nouveau bilan',
  restored: 'Le bilan est ouvert.',
  dontKnow: 'Je ne sais pas',
  yes: 'Oui',
  no: 'Non',
  noneOfThem: 'Aucune',
  payloadDamaged:
    'Ce lien ou ce fichier de bilan est abîmé ou incomplet : il ne peut pas être ouvert. Demandez une nouvelle copie, ou refaites le bilan.',
  payloadOld:
    'Ce bilan a été fait avec une version du service qui ne peut pas être relue ici. Refaites le bilan : cela prend quelques minutes.',
} satisfies MessageTable;

export type HandoffTable = typeof fr;
export type HandoffKey = keyof HandoffTable;

export const handoffMessages = defineMessages({
  fr,
  en: () => import('./messages.en.js'),
  ar: () => import('./messages.ar.js'),
  pt: () => import('./messages.pt.js'),
  tr: () => import('./messages.tr.js'),
  uk: () => import('./messages.uk.js'),
});
