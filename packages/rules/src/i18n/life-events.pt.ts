// Portuguese names of the life events of the start screen (flow/life-events.ts). Awaiting review by a native speaker.
import type { LifeEventsTable } from './types.js';

const pt: LifeEventsTable = {
  review: 'awaiting-review',
  events: {
    naissance: {
      label: 'Estou à espera de um filho ou nasceu um bebé',
      hint: 'Gravidez, nascimento ou adoção.',
    },
    separation: {
      label: 'Estou a separar-me ou acabei de me separar',
      hint: 'Divórcio, fim de um PACS ou de uma vida em comum.',
    },
    perte_emploi: {
      label: 'Perdi o meu trabalho',
      hint: 'Fim de contrato, despedimento, rescisão por acordo, fim de uma missão temporária.',
    },
    retraite: {
      label: 'Vou reformar-me ou estou reformado',
      hint: 'Pedir a reforma, viver com uma reforma pequena.',
    },
    handicap: {
      label: 'Uma deficiência ou uma doença muda a minha vida',
      hint: 'Para si ou para um familiar, criança ou adulto.',
    },
    arrivee_france: {
      label: 'Acabei de chegar a França',
      hint: 'Primeiro título de residência, regresso do estrangeiro.',
    },
    deces_proche: {
      label: 'Morreu uma pessoa próxima',
      hint: 'Marido, mulher, o outro pai ou mãe dos filhos.',
    },
  },
};
export default pt;
