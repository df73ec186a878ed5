// The questionnaire's screens and public events (documented on the element), one name each.
export type Screen = 'start' | 'question' | 'interview' | 'results' | 'bilan';

export const EVENTS = {
  start: 'passerelle-questionnaire-start',
  step: 'passerelle-questionnaire-step',
  complete: 'passerelle-questionnaire-complete',
  reset: 'passerelle-questionnaire-reset',
  findHelp: 'passerelle-questionnaire-find-help',
} as const;
