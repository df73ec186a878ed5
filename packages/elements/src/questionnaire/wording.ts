// How a right's status, amount and contacts read on screen, in the results, the checklist and the bilan.
import { type Payment, type Summary, summarize } from '@passerelle/rules/summary';
import { getRightDetails } from '@passerelle/rules/catalogue';
import { orderSummaryForLifeEvent } from '@passerelle/rules/flow';
import { partnerTypeLabel } from '../handoff/help.js';
import type { MessageKey } from './messages.js';
import type { ShownRight } from './right-card.js';
import type { QuestionnaireController } from './session-controller.js';
import { contactIn } from './translate.js';

const STATUS_KEYS: Record<ShownRight['status'], MessageKey> = {
  eligible: 'statusEligible',
  possible: 'statusPossible',
  already_received: 'statusReceived',
  not_eligible: 'statusNotEligible',
};

export const statusText = (c: QuestionnaireController, r: ShownRight): string => c.t(STATUS_KEYS[r.status]);

export function amountText(c: QuestionnaireController, r: ShownRight): string {
  const a = r.amount;
  if (!a || r.status === 'not_eligible') return '';
  const per = c.t(a.per === 'month' ? 'perMonth' : a.per === 'year' ? 'perYear' : 'perOnce');
  const amount = c.host.formatEuro(a.value);
  if (a.isCost) return a.value === 0 ? c.t('amountFree') : c.t('amountCost', { amount, per });
  if (a.upTo) return c.t('amountUpTo', { amount, per });
  return c.t(a.kind === 'estimate' ? 'amountEstimate' : 'amountFlat', { amount, per });
}

/** A partner type in words in `locale`: the rules' translation, else the French label table. */
export const partnerIn = (locale: string, type: string): string =>
  contactIn(locale, type) ?? partnerTypeLabel(type);

export function contactsText(c: QuestionnaireController, r: ShownRight): string {
  if (r.contact) return c.t('hostedBy', { name: r.contact.name });
  const names = r.contacts.map((x) => partnerIn(c.host.locale, x));
  return names.length ? c.t('contactsLabel', { list: c.wording.list(names) }) : '';
}

/** How a right's money arrives, from the catalogue (undefined for local aids: their amount says it). */
const paymentOf = (id: string): Payment | undefined => getRightDetails(id)?.payment;

/**
 * The results in groups: only likely monthly money is counted (see '@passerelle/rules/summary'); a life
 * event's rights first within each group.
 */
export function summaryOf<R extends ShownRight = ShownRight>(
  c: QuestionnaireController,
  rights: readonly R[] = c.rights as R[],
): Summary<R> {
  const summary = summarize(rights, { month: c.results?.month ?? c.host.evalMonth, paymentOf });
  return orderSummaryForLifeEvent(summary, c.results?.lifeEvent);
}
