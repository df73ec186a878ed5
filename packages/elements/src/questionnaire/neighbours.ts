// The other widgets of the page, driven from a right's card: "Trouver un lieu d'aide" opens the partner
// finder on the need that serves the right, "Explication facile à lire" opens the FALC widget on it.
import { needOf } from '../handoff/help.js';
import type { ShownRight } from './right-card.js';
import { EVENTS } from './events.js';
import type { QuestionnaireController } from './session-controller.js';

/**
 * Focus on the first heading of another widget of the page once it has rendered (its own heading, read
 * once); on the widget itself when it has none.
 */
async function focusHeadingOf(widget: HTMLElement): Promise<void> {
  await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const heading = widget.shadowRoot?.querySelector<HTMLElement>('h2, h3, [role="heading"]');
  const target = heading ?? widget;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

export function findHelp(c: QuestionnaireController, r: ShownRight): void {
  // The partners' needs table says which need serves the right (the ASPA: retirement).
  const need = needOf(r.id);
  const proceed = c.emit(EVENTS.findHelp, { right: r.id, need, contacts: [...r.contacts] }, true);
  if (!proceed) return;
  const root = c.host.getRootNode() as Document | ShadowRoot;
  const selector = c.host.partnerFinder || 'passerelle-partner-finder';
  let finder: HTMLElement | null = null;
  try {
    finder = root.querySelector?.<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
  } catch {
    console.error(
      `[passerelle-questionnaire] partner-finder="${selector}" n’est pas un sélecteur CSS valide`,
    );
  }
  if (!finder) {
    c.set({ helpMessages: { ...c.helpMessages, [r.id]: c.t('findHelpEvent') } });
    return;
  }
  if (!r.local) finder.setAttribute('right', r.id);
  else finder.removeAttribute('right');
  finder.setAttribute('need', need);
  const { commune, partnersSrc } = c.host;
  if (commune && !finder.hasAttribute('commune')) finder.setAttribute('commune', commune);
  if (partnersSrc && !finder.hasAttribute('src')) finder.setAttribute('src', partnersSrc);
  finder.scrollIntoView?.({ block: 'start' });
  // The hint in the card is not live: moving focus to the finder's heading is the one announcement.
  c.set({ helpMessages: { ...c.helpMessages, [r.id]: c.t('findHelpDone') } });
  void focusHeadingOf(finder);
}

export function openFalc(r: ShownRight): void {
  const falc = document.querySelector<HTMLElement>('passerelle-falc');
  if (!falc) return;
  falc.setAttribute('right', r.id);
  falc.scrollIntoView?.({ block: 'start' });
  void focusHeadingOf(falc);
}
