// The questionnaire flow as data, and the session that walks it, for <passerelle-questionnaire> to render.
export * from './types.js';
export { FLOW_QUESTIONS, flowQuestion } from './questions.js';
export {
  ageAt,
  answerKey,
  childCount,
  currentMonth,
  evalCondition,
  expandQuestions,
  visibleQuestions,
  type ConditionContext,
} from './conditions.js';
export {
  checkAnswer,
  COMMUNE_CODE,
  parseAnswer,
  parseDate,
  parseMoney,
  type FlowParseResult,
} from './validate.js';
export { answersToSituation, FLOW_MEMBER_IDS, type AnswersToSituationOptions } from './to-situation.js';
export {
  type EvaluatedRights,
  flowStatus,
  nextQuestion,
  normalizeMissingPath,
  pathAnswers,
  questionForMissing,
  statusFrom,
  type FlowStatus,
} from './next.js';
export { birthDateForAge, type FlowHousehold, householdAnswer, referenceHouseholds } from './households.js';
export { resolveMonth, type ResolvedMonth } from './month.js';
export {
  createSession,
  FlowSession,
  parseSessionState,
  restoreSession,
  SESSION_STATE_VERSION,
  type SessionOptions,
  type SessionProgress,
  type SessionResults,
  type SessionState,
  SessionStateError,
} from './session.js';
export { LIFE_EVENTS, LIFE_EVENT_IDS, lifeEvent, type LifeEvent, type LifeEventId } from './life-events.js';
export {
  lifeEventQuestionIds,
  orderQuestionsForLifeEvent,
  orderRightsForLifeEvent,
  orderSummaryForLifeEvent,
} from './life-event-order.js';
