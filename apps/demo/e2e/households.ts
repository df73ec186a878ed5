// The six reference households of the rules (`referenceHouseholds`), shared by the journeys and the hand-off
// tests, so the demo checks the same people as the flow and widget tests. Only this test data comes from the
// rules: the journeys still drive the built kit. The commune is left out: the journeys answer "je ne sais
// pas" there, and the demo's commune list is not the reference households' département.
import { type FlowHousehold, referenceHouseholds } from '@passerelle/rules/flow';

export { DONT_KNOW } from '@passerelle/rules/flow';
export type { FlowHousehold };
export type Answer = FlowHousehold['answers'][string];

export const now = new Date();
/** This month, YYYY-MM, in local time (as the widget reads it). */
export const MONTH = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;

export const households: FlowHousehold[] = referenceHouseholds(MONTH).map(({ answers, ...h }) => {
  const { commune: _commune, ...rest } = answers;
  return { ...h, answers: rest };
});
