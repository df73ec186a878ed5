// Portuguese strings of the validation helpers, fetched only when asked in that language.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from './messages.js';
import type { ParseTable } from './parse-messages.js';

const pt: PartialTable<ParseTable> = {
  errMoneyFormat: 'Escreva um valor em algarismos, por exemplo 1200,50 (sem letras).',
  errMoneyNegative: 'Escreva um valor positivo ou 0.',
  errMoneyDecimals: 'Escreva no máximo 2 algarismos depois da vírgula (os cêntimos), por exemplo 12,50.',
  errMoneyTooLarge: 'Este valor parece demasiado grande: verifique o número de zeros.',
  errDateIncomplete: 'Escreva o dia, o mês e o ano, por exemplo 27 3 1985.',
  errDateDay: 'O dia tem de ser um número entre 1 e 31.',
  errDateMonth: 'O mês tem de ser um número entre 1 e 12.',
  errDateYear: 'O ano tem de ter 4 algarismos, por exemplo 1985.',
  errDateImpossible: 'Esta data não existe: {month} só tem {days} dias. Verifique o dia.',
  errDateFuture: 'A data tem de ser passada: verifique o ano.',
};

export default pt;
