// Parameter history back to 2018-01, kept out of the browser entry. Importing this module registers
// it, so `evaluate(situation, { month: '2019-05' })` applies the law then in force.
import { HISTORY_VALUES } from './parameters/history-data.js';
import { registerHistory } from './parameters/index.js';

registerHistory(HISTORY_VALUES);

/** Registers the history (idempotent); for callers that prefer an explicit call. */
export function loadHistory(): void {
  registerHistory(HISTORY_VALUES);
}

export { HISTORY_VALUES };
