// '@passerelle/rules/schema': the public contract as zod schemas (situation, result) and evaluate(),
// which validates a situation before running the engine (Node, CLI, servers, outside checks).
export * from './situation.js';
export * from './result.js';
export { evaluate, safeEvaluate, validateSituation } from './evaluate.js';
