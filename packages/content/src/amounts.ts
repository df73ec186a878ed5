// Amounts at a date from the parameters of @passerelle/rules: the API of the main entry (Node, tests, tools).
// The placeholder engine itself is in render.ts, which a browser runs with the values of one right.
//   {montant:rsa.montant_forfaitaire}          an amount in euros
//   {montant:asf.verse.un_parent}              an amount the rules pay (REFERENCE_AMOUNTS of the rules)
//   {montant:ass.montant_journalier*30}        a product of parameters (and plain numbers)
//   {montant:aspa.plafond.personne_seule/12}   a division by a number or a parameter
//   {montant:cheque_energie.montants.uc_1[3]}  one value of a parameter holding a list
//   {nombre:rsa.age_minimum}                   a plain number (an age, a count of years)
import { findValue } from '@passerelle/rules';
import { referenceAmount } from '@passerelle/rules/amounts';
import * as render from './render.js';
import type { ParameterLookup, RenderOptions } from './render.js';

export {
  ContentError,
  formatEuros,
  formatNumber,
  type ParameterLookup,
  PLACEHOLDER_RE,
  type Placeholder,
  type PlaceholderKind,
  placeholders,
  type RenderOptions,
  tableLookup,
  todayInParis,
} from './render.js';

/**
 * The values of @passerelle/rules (whatever entries of the rules are loaded, history included): an amount
 * the rules pay (`asf.verse.un_parent`, computed as the questionnaire computes it) or a parameter.
 */
export const rulesLookup: ParameterLookup = (id, date) => {
  const amount = referenceAmount(id);
  return amount ? amount.at(date) : findValue(id, date)[1];
};

/** Value of one placeholder expression at a date; parameters from @passerelle/rules unless `lookup` is given. */
export function evaluatePlaceholder(
  raw: string,
  date: string,
  lookup: ParameterLookup = rulesLookup,
): number {
  return render.evaluatePlaceholder(raw, date, lookup);
}

/** Replaces every placeholder of a text by its value at the date, formatted for the locale. */
export function renderAmounts(text: string, options: RenderOptions = {}): string {
  return render.renderAmounts(text, { ...options, lookup: options.lookup ?? rulesLookup });
}
