// Portuguese (European) strings of the results summary and the hand-off, fetched only when the nearest `lang` is `pt`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from '../i18n/messages.js';
import type { HandoffTable } from './messages.js';

const pt: PartialTable<HandoffTable> = {
  summaryCount: {
    zero: 'Não encontrámos nenhum apoio pago todos os meses que possa pedir a mais.',
    one: 'Tem provavelmente direito a {count} apoio pago todos os meses que não recebe.',
    other: 'Tem provavelmente direito a {count} apoios pagos todos os meses que não recebe.',
  },
  summaryTotal: 'No total, cerca de {amount} por mês (estimativa).',
  summaryNote:
    'Este total conta apenas estes apoios. Os apoios pagos uma vez por ano, e os que falta confirmar, ficam à parte.',
  groupMonthly: 'Apoios pagos todos os meses',
  groupYearly: 'Apoios pagos uma vez por ano ou de uma só vez',
  groupMaybe: 'Apoios a confirmar',
  groupMaybeIntro: 'Talvez tenha direito. O organismo dir-lhe-á.',
  groupSteps: 'Passos úteis',
  groupStepsIntro: 'Não há dinheiro pago, mas há direitos ou ajuda para os seus pedidos.',
  groupReceived: 'Os apoios que já recebe',
  paidIn: 'Pago em {month}.',
  nextPayment: 'Próximo pagamento: {month}.',
  estimateAmount: 'Cerca de {amount} {per}.',
  flatAmount: 'Valor: {amount} {per}.',
  costAmount: 'Pagaria cerca de {amount} {per}.',
  freeAmount: 'Seria gratuito para si.',
  upToAmount: 'Até {amount} {per}.',
  perMonth: 'por mês',
  perYear: 'por ano',
  perOnce: 'uma vez',
  settleWith: 'Para saber: {question}',
  book: 'Marcar uma consulta',
  bookWith: 'Marcar uma consulta: {with}',
  reopenTitle: 'Reabrir este balanço noutro aparelho',
  reopenText:
    'Abra esta ligação ou leia este código: o balanço reabre com as mesmas respostas. As respostas estão na própria ligação, não passam por nenhum servidor.',
  reopenLink: 'Ligação para reabrir este balanço',
  qrAlt: 'Código QR para reabrir este balanço',
  showQr: 'Mostrar um código QR para outro aparelho',
  openSaved: 'Abrir um balanço guardado',
  openSavedHint: 'Um ficheiro de balanço descarregado antes (termina em .html).',
  notABilan:
    'Este ficheiro não é um balanço guardado. Escolha o ficheiro descarregado com «Descarregar o meu balanço».',
  restoreTitle: 'Foi partilhado um balanço com esta ligação',
  restoreText: 'Quer abri-lo? As respostas dele vão substituir as desta página. Ficam neste aparelho.',
  restoreYes: 'Abrir este balanço',
  restoreNo: 'Não, começar um novo balanço',
  restored: 'O balanço está aberto.',
  dontKnow: 'Não sei',
  yes: 'Sim',
  no: 'Não',
  noneOfThem: 'Nenhum',
  payloadDamaged:
    'Esta ligação ou este ficheiro de balanço está danificado ou incompleto: não pode ser aberto. Peça uma nova cópia, ou refaça o balanço.',
  payloadOld:
    'Este balanço foi feito com uma versão do serviço que não pode ser lida aqui. Refaça o balanço: demora alguns minutos.',
};

export default pt;
