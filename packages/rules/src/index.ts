export * from './situation.js';
export * from './result.js';
export {
  evaluate,
  evaluateValid,
  safeEvaluate,
  validateSituation,
  formatPath,
  SituationError,
  RULES_VERSION,
  type EvaluateOptions,
  type LocalAidsEvaluator,
  type SituationIssue,
} from './evaluate.js';
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
export {
  parameterAt,
  listParameters,
  parameterDefinitions,
  isHistoryLoaded,
  earliestSupportedDate,
  ParameterHistoryError,
  type ParameterAt,
  type ParameterDef,
  type ParameterValue,
  type RevaluationCycle,
} from './parameters/index.js';
export { nonRecours, monthlyValue, type NonRecours } from './non-recours.js';
/** Sentences of the conditions shared by several rights (tax income, residence, missing answers). */
export { COMMON_CONDITIONS } from './rights/common.js';
export * from './flow/index.js';
export * from './local-aids/index.js';
