// Ukrainian strings of the fiche de liaison, fetched only when the nearest `lang` is `uk`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from '../i18n/messages.js';
import type { FicheTable } from './fiche-messages.js';

const uk: PartialTable<FicheTable> = {
  ficheTitle: 'Перевірка доступу до прав',
  ficheFor: 'Для: {name}',
  ficheHost: 'Зроблено з: {host}',
  ficheDate: 'Перевірку зроблено {date} за правилами на {month}.',
  notDecision:
    'Це не рішення. Ця перевірка — оцінка, зроблена на основі відповідей нижче. Лише установа, яка виплачує допомогу, може сказати, чи маєте ви на неї право і скільки.',
  answersTitle: 'Надані відповіді',
  answersIntro: 'Перевірте їх: якщо відповідь неправильна, результат може змінитися.',
  status: 'Результат',
  amount: 'Сума',
  whatToDo: 'Що треба зробити',
  papers: 'Документи, які треба підготувати',
  officialLink: 'Подати заяву на офіційному сайті',
  whereToGo: 'Куди звернутися',
  openNow: 'Зараз відчинено',
  closedNow: 'Зараз зачинено',
  hours: 'Години роботи',
  hoursLine: '{label}: {hours}',
  followUpTitle: 'Відстеження прав (супровід)',
  followUpRight: 'Допомога',
  followUpState: 'Стан',
  followUpOrientedTo: 'Скеровано до',
  followUpNote: 'Примітка',
};

export default uk;
