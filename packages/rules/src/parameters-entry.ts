// '@passerelle/rules/parameters': every parameter with its label, unit, official source and review
// date. The main entry evaluates without these (they would weigh in every browser).
export {
  parameterAt,
  listParameters,
  parameterDefinitions,
} from './parameters/metadata.js';
export { CURRENT_PARAMETERS } from './parameters/current-data.js';
export {
  earliestSupportedDate,
  isHistoryLoaded,
  ParameterHistoryError,
  parameterIds,
  valueAt,
  type ParameterAt,
  type ParameterDef,
  type ParameterValue,
  type RevaluationCycle,
} from './parameters/index.js';
