// Local aids as data: a commune or a CCAS adds its aids with a JSON file, validated, never run as code.
export {
  type LocalAid,
  type LocalAidConditions,
  type LocalAidInput,
  type LocalAidsFile,
  localAidConditionsSchema,
  localAidSchema,
  localAidsFileSchema,
  localAidsJsonSchema,
} from './schema.js';
export { formatLocalAidsErrors, type LocalAidsError, type ParsedLocalAids, parseLocalAids } from './parse.js';
export {
  consumptionUnits,
  type EvaluateLocalAidsOptions,
  evaluateLocalAids,
  localAidsEvaluator,
  householdMonthlyResources,
  type LocalAidReason,
  type LocalAidResult,
  quotientFamilialParts,
} from './evaluate.js';
export { BELLEVILLE_COMMUNE, BELLEVILLE_LOCAL_AIDS } from './examples.js';
