// English strings of the fiche de liaison, fetched only when the nearest `lang` is `en`.
import type { PartialTable } from '../i18n/messages.js';
import type { FicheTable } from './fiche-messages.js';

const en: PartialTable<FicheTable> = {
  ficheTitle: 'Rights check-up',
  ficheFor: 'For: {name}',
  ficheHost: 'Made with: {host}',
  ficheDate: 'Check-up made on {date}, with the rules of {month}.',
  notDecision:
    'This is not a decision. This check-up is an estimate based on the answers below. Only the body that pays a benefit can say whether you are entitled to it, and how much.',
  answersTitle: 'The answers given',
  answersIntro: 'Check them: if an answer is wrong, the result may change.',
  status: 'Result',
  amount: 'Amount',
  whatToDo: 'What to do',
  papers: 'Papers to prepare',
  officialLink: 'Apply on the official website',
  whereToGo: 'Where to go',
  openNow: 'Open now',
  closedNow: 'Closed now',
  hours: 'Opening hours',
  hoursLine: '{label}: {hours}',
  followUpTitle: 'Follow-up of rights (support)',
  followUpRight: 'Benefit',
  followUpState: 'Status',
  followUpOrientedTo: 'Referred to',
  followUpNote: 'Note',
};

export default en;
