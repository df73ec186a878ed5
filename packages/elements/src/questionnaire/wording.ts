// How a right's status, amount and contacts read on screen, in the results, the checklist and the bilan.
import type { Theme } from '@passerelle/rules';
import { PARTNER_TYPE_LABELS, type PartnerType } from '@passerelle/partners/browser';
import type { MessageKey } from './messages.js';
import type { ShownRight } from './right-card.js';
import type { QuestionnaireController } from './session-controller.js';
import { contactIn } from './translate.js';

const THEME_KEYS: Record<Theme | 'profil', MessageKey> = {
  profil: 'groupProfil',
  famille: 'themeFamille',
  emploi: 'themeEmploi',
  logement: 'themeLogement',
  sante: 'themeSante',
  transport: 'themeTransport',
  ressources: 'themeRessources',
};

const STATUS_KEYS: Record<ShownRight['status'], MessageKey> = {
  eligible: 'statusEligible',
  possible: 'statusPossible',
  already_received: 'statusReceived',
  not_eligible: 'statusNotEligible',
};

export const themeLabel = (c: QuestionnaireController, theme: Theme | 'profil'): string =>
  c.t(THEME_KEYS[theme]);

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

export function contactsText(c: QuestionnaireController, r: ShownRight): string {
  if (r.contact) return c.t('hostedBy', { name: r.contact.name });
  const names = r.contacts.map(
    (x) => contactIn(c.host.locale, x) ?? PARTNER_TYPE_LABELS[x as PartnerType]?.one ?? x,
  );
  return names.length ? c.t('contactsLabel', { list: names.join(', ') }) : '';
}

/** "Au total, environ 1 234 € par mois": the rules' non-recours total, to the euro. */
export function totalText(c: QuestionnaireController): string {
  const total = c.results?.nonRecours.monthlyTotal ?? 0;
  return total > 0 ? c.t('summaryTotal', { amount: c.host.formatEuro(Math.round(total)) }) : '';
}
