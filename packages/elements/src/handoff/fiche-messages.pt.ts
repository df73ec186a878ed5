// Portuguese (European) strings of the fiche de liaison, fetched only when the nearest `lang` is `pt`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { PartialTable } from '../i18n/messages.js';
import type { FicheTable } from './fiche-messages.js';

const pt: PartialTable<FicheTable> = {
  ficheTitle: 'Balanço de acesso aos direitos',
  ficheFor: 'Para: {name}',
  ficheHost: 'Feito com: {host}',
  ficheDate: 'Balanço feito em {date}, segundo as regras de {month}.',
  notDecision:
    'Isto não é uma decisão. Este balanço é uma estimativa feita a partir das respostas abaixo. Só o organismo que paga um apoio pode dizer se tem direito, e quanto.',
  answersTitle: 'As respostas dadas',
  answersIntro: 'Verifique-as: se uma resposta estiver errada, o resultado pode mudar.',
  status: 'Resultado',
  amount: 'Montante',
  whatToDo: 'O que fazer',
  papers: 'Documentos a preparar',
  officialLink: 'Fazer o pedido no site oficial',
  whereToGo: 'Onde ir',
  openNow: 'Aberto agora',
  closedNow: 'Fechado agora',
  hours: 'Horário',
  hoursLine: '{label}: {hours}',
  followUpTitle: 'Acompanhamento dos direitos (apoio)',
  followUpRight: 'Apoio',
  followUpState: 'Estado',
  followUpOrientedTo: 'Encaminhado para',
  followUpNote: 'Nota',
};

export default pt;
