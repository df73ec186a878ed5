// All worked examples, in one list. Add a new file here when a new right or source gets examples.
import { autresExamples } from './autres.js';
import { cssExamples } from './css.js';
import { familleExamples } from './famille.js';
import { minimaExamples } from './minima.js';
import { nouveauxDroitsExamples } from './nouveaux-droits.js';
import { ppaExamples } from './ppa.js';
import { rsaExamples } from './rsa.js';
import type { WorkedExample } from './types.js';

export const workedExamples: readonly WorkedExample[] = [
  ...rsaExamples,
  ...ppaExamples,
  ...cssExamples,
  ...familleExamples,
  ...minimaExamples,
  ...autresExamples,
  ...nouveauxDroitsExamples,
];

export type { ExpectedAmount, ExpectedRight, RightStatus, WorkedExample } from './types.js';
