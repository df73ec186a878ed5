// Ukrainian names of the life events of the start screen (flow/life-events.ts). Awaiting review by a native speaker.
import type { LifeEventsTable } from './types.js';

const uk: LifeEventsTable = {
  review: 'awaiting-review',
  events: {
    naissance: {
      label: 'Я чекаю дитину або народилася дитина',
      hint: 'Вагітність, народження або усиновлення.',
    },
    separation: {
      label: 'Я розлучаюся або щойно розлучився (розлучилася)',
      hint: 'Розлучення, кінець PACS або спільного життя.',
    },
    perte_emploi: {
      label: 'Я втратив (втратила) роботу',
      hint: 'Кінець контракту, звільнення, розірвання за згодою, кінець тимчасової роботи.',
    },
    retraite: {
      label: 'Я виходжу на пенсію або я на пенсії',
      hint: 'Оформити пенсію, жити з невеликою пенсією.',
    },
    handicap: {
      label: 'Інвалідність або хвороба змінює моє життя',
      hint: 'Для вас або для близької людини, дитини чи дорослого.',
    },
    arrivee_france: {
      label: 'Я щойно приїхав (приїхала) до Франції',
      hint: 'Перший дозвіл на проживання, повернення з-за кордону.',
    },
    deces_proche: {
      label: 'Помер близька мені людина',
      hint: 'Чоловік, дружина, інший батько чи мати дітей.',
    },
  },
};
export default uk;
