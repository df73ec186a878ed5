// The questionnaire flow as data, for <passerelle-questionnaire> to render.
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
export { parseAnswer, parseDate, parseMoney, type FlowParseResult } from './validate.js';
export { answersToSituation, FLOW_MEMBER_IDS, type AnswersToSituationOptions } from './to-situation.js';
export {
  flowStatus,
  nextQuestion,
  normalizeMissingPath,
  pathAnswers,
  questionForMissing,
  type FlowStatus,
} from './next.js';
export { birthDateForAge, type FlowHousehold, householdAnswer, referenceHouseholds } from './households.js';
export {
  LIFE_EVENTS,
  LIFE_EVENT_IDS,
  lifeEvent,
  lifeEventQuestionIds,
  orderQuestionsForLifeEvent,
  orderRightsForLifeEvent,
  type LifeEvent,
  type LifeEventId,
} from './life-events.js';
