// Parameter history back to 2018-01, kept out of the browser entry. Importing this module changes
// nothing: call loadHistory() once (CLI, tests, tools that evaluate past months) so that
// `evaluate(situation, { month: '2019-05' })` applies the law then in force.
import { HISTORY_VALUES } from './parameters/history-data.js';
import { registerHistory } from './parameters/index.js';

/** Adds the values of 2018-01 to 2024-12 to the parameters the evaluator reads (idempotent). */
export function loadHistory(): void {
  registerHistory(HISTORY_VALUES);
}

export { HISTORY_VALUES };
