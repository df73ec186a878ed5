// Portuguese (European) strings of <passerelle-falc>, fetched only when the nearest `lang` is `pt`.
// Awaiting review by a native speaker (docs/traductions.md). The explanations themselves stay in French
// (there is no Portuguese FALC text): the widget marks them `lang="fr"` and reads them with a French voice.
import type { PartialTable } from '../i18n/messages.js';
import type { FalcTable } from './messages.js';

const pt: PartialTable<FalcTable> = {
  readAloud: 'Ouvir o texto',
  listen: 'Ouvir',
  pause: 'Pausa',
  resume: 'Continuar',
  stop: 'Parar',
  readingStarted: 'Começou a leitura em voz alta.',
  readingEnded: 'A leitura terminou.',
  paused: 'Leitura em pausa.',
  resumed: 'A leitura continua.',
  stopped: 'Leitura parada.',
  wordHint: 'Palavra difícil. Carregue para ver o que quer dizer.',
  definitionOpen: '{word}: {definition}',
  lexicon: 'As palavras difíceis',
  officialLink: 'Ler a página oficial completa (em francês)',
  easyToRead: 'Fácil de ler',
  reviewed: 'Revisto em {date} por pessoas que vivem esta situação.',
  chooseHeading: 'Escolha um apoio',
  chooseIntro: 'Cada apoio é explicado com palavras simples, em francês.',
  backToList: 'Ver todos os apoios',
  unknownRight: 'Não temos explicação para «{right}». Escolha um apoio na lista.',
  amountError: 'Não é possível calcular os valores para esta data. Aqui estão os valores de hoje.',
  opened: 'Explicação mostrada: {title}.',
  loading: 'A carregar…',
  loadError: 'Não foi possível carregar o texto. Verifique a sua ligação à Internet e tente de novo.',
  retry: 'Tentar de novo',
};

export default pt;
