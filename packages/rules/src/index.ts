// The browser entry: the engine without zod. The schemas, and evaluate() which validates with them,
// are '@passerelle/rules/schema'.
export * from './vocabulary.js';
export type { Incomes, Member, Situation } from './situation.js';
export type { Amount, EvaluationResult, Procedure, Reason, RightResult } from './result.js';
export {
  evaluateValid,
  formatPath,
  SituationError,
  RULES_VERSION,
  type EvaluateOptions,
  type LocalAidsEvaluator,
  type SituationIssue,
} from './engine.js';
export {
  RIGHTS,
  RIGHT_IDS,
  getRight,
  listRights,
  type RightId,
  type RightInfo,
  type ConditionText,
  type AmountKind,
} from './catalogue.js';
// Values only: labels and sources are in '@passerelle/rules/parameters', older values in
// '@passerelle/rules/history'.
export {
  findValue,
  valueAt,
  listAt,
  parameterIds,
  isHistoryLoaded,
  earliestSupportedDate,
  ParameterHistoryError,
  type DatedValue,
} from './parameters/index.js';
export { nonRecours, monthlyValue, type NonRecours } from './non-recours.js';
/** Dates read in Europe/Paris: the current month, today, ages. */
export { ageAt, currentMonth, TIME_ZONE, today } from './dates.js';
export type { ParameterId } from './parameters/index.js';
/** Sentences of the conditions shared by several rights (tax income, residence, missing answers). */
export { COMMON_CONDITIONS } from './rights/common.js';
// The questionnaire flow is '@passerelle/rules/flow'; local aids are '@passerelle/rules/local-aids'.
