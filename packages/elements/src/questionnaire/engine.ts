// What the questionnaire needs after its start screen: the flow and the rules engine, the fields and the
// other screens. A chunk of its own, imported when the element connects (the loader asks for it in the
// same wave as the widget), so the start screen renders and can be used while it arrives and compiles.
export { createSession, resolveMonth, restoreSession } from '@passerelle/rules/flow';
export { loadZones } from '@passerelle/rules/zones';
export { draftOf, parseDraft, renderField } from './fields.js';
export { focusQuestion, renderQuestion } from './screens/question.js';
export { procedureOf } from './right-card.js';
export { renderResults } from './screens/results.js';
export { questionIn } from './translate.js';
export { partnerIn, statusText, summaryOf } from './wording.js';
