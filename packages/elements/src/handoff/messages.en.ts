// English strings of the results summary and the hand-off, fetched only when the nearest `lang` is `en`.
import type { PartialTable } from '../i18n/messages.js';
import type { HandoffTable } from './messages.js';

const en: PartialTable<HandoffTable> = {
  summaryCount: {
    zero: 'We found no monthly benefit that you could claim in addition.',
    one: 'You are probably entitled to {count} monthly benefit that you do not receive.',
    other: 'You are probably entitled to {count} monthly benefits that you do not receive.',
  },
  summaryTotal: 'In total, about {amount} a month (estimate).',
  summaryNote: 'This total counts only these benefits. Yearly benefits, and those to confirm, are apart.',
  groupMonthly: 'Benefits paid every month',
  groupYearly: 'Benefits paid once a year or once',
  groupMaybe: 'Benefits to confirm',
  groupMaybeIntro: 'You may be entitled to them. The paying body will tell you.',
  groupSteps: 'Useful steps',
  groupStepsIntro: 'No money paid, but rights or help with your procedures.',
  groupReceived: 'Benefits you already receive',
  paidIn: 'Paid in {month}.',
  nextPayment: 'Next payment: {month}.',
  estimateAmount: 'About {amount} {per}.',
  flatAmount: 'Amount: {amount} {per}.',
  costAmount: 'You would pay about {amount} {per}.',
  freeAmount: 'It would be free for you.',
  upToAmount: 'Up to {amount} {per}.',
  perMonth: 'a month',
  perYear: 'a year',
  perOnce: 'once',
  settleWith: 'To know: {question}',
  book: 'Book an appointment',
  bookWith: 'Book an appointment: {with}',
  reopenTitle: 'Reopen this check-up on another device',
  reopenText:
    'Open this link or scan this code: the check-up reopens with the same answers. The answers are in the link itself; they go through no server.',
  reopenLink: 'Link to reopen this check-up',
  qrAlt: 'QR code to reopen this check-up',
  showQr: 'Show a QR code for another device',
  openSaved: 'Open a saved check-up',
  openSavedHint: 'A check-up file downloaded earlier (it ends with .html).',
  notABilan: 'This file is not a saved check-up. Choose the file downloaded with “Download the sheet”.',
  restoreTitle: 'A check-up was shared with this link',
  restoreText:
    'Do you want to open it? Its answers will replace those of this page. They stay on this device.',
  restoreYes: 'Open this check-up',
  restoreNo: 'No, start a new check-up',
  restored: 'The check-up is open.',
  dontKnow: 'I do not know',
  yes: 'Yes',
  no: 'No',
  noneOfThem: 'None',
  payloadDamaged:
    'This check-up link or file is damaged or incomplete: it cannot be opened. Ask for a new copy, or do the check-up again.',
  payloadOld:
    'This check-up was made with a version of the service that cannot be read here. Do the check-up again: it takes a few minutes.',
};

export default en;
