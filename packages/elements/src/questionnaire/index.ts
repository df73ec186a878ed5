// <passerelle-questionnaire>: the class only; register it with '@passerelle/elements/define/passerelle-questionnaire'.
export { PasserelleQuestionnaire } from './questionnaire.js';
export type { ShownRight } from './right-card.js';
