// Portuguese strings of the building blocks, fetched only when a widget's nearest `lang` is `pt`.
// Awaiting review by a native speaker (docs/traductions.md).
import type { BlockTable } from './block-messages.js';
import type { PartialTable } from './messages.js';

const pt: PartialTable<BlockTable> = {
  required: 'obrigatório',
  requiredLegend: 'Os campos marcados «obrigatório» têm de ser preenchidos.',
  yes: 'Sim',
  no: 'Não',
  dontKnow: 'Não sei',
  errorPrefix: 'Erro:',
  errorSummaryTitle: { one: 'Há {count} erro', other: 'Há {count} erros' },
  errorSummaryIntro: 'Corrija os campos seguintes:',
  stepOf: 'Passo {current} de {total}',
  day: 'Dia',
  month: 'Mês',
  year: 'Ano',
  dateHint: 'Por exemplo: 27 3 1985',
  euroUnit: 'euros',
  moneyHint: 'Em euros, por exemplo 1200,50',
  suggestions: {
    zero: 'Nenhuma sugestão',
    one: '{count} sugestão, use as setas para cima e para baixo para escolher',
    other: '{count} sugestões, use as setas para cima e para baixo para escolher',
  },
  noSuggestion: 'Nenhum município encontrado. Verifique a ortografia ou escreva o código postal.',
  searching: 'A pesquisar…',
  searchFailed: 'A pesquisa não está a funcionar de momento. Tente de novo daqui a pouco.',
  selected: '{label} selecionado',
  toneInfo: 'Informação:',
  toneSuccess: 'Feito:',
  toneWarning: 'Atenção:',
  toneError: 'Erro:',
  cancel: 'Cancelar',
  confirm: 'Confirmar',
};

export default pt;
