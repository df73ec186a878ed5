// English names of the life events of the start screen (flow/life-events.ts). Awaiting review by a native speaker.
import type { LifeEventsTable } from './types.js';

const en: LifeEventsTable = {
  review: 'awaiting-review',
  events: {
    naissance: {
      label: 'I am expecting a child or a baby has arrived',
      hint: 'Pregnancy, birth or adoption.',
    },
    separation: {
      label: 'I am separating or have just separated',
      hint: 'Divorce, end of a civil partnership (PACS) or of living together.',
    },
    perte_emploi: {
      label: 'I have lost my job',
      hint: 'End of contract, dismissal, agreed termination, end of a temporary job.',
    },
    retraite: {
      label: 'I am retiring or I am retired',
      hint: 'Claiming a pension, living on a small pension.',
    },
    handicap: {
      label: 'A disability or an illness is changing my life',
      hint: 'For you or for someone close, a child or an adult.',
    },
    arrivee_france: {
      label: 'I have just arrived in France',
      hint: 'First residence permit, coming back from abroad.',
    },
    deces_proche: {
      label: 'Someone close to me has died',
      hint: 'Husband, wife, the children’s other parent.',
    },
  },
};
export default en;
