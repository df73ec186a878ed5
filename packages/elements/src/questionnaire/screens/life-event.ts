// Entry by life event (issue 15): "Il vous arrive quelque chose en ce moment ?" on the start screen, and the
// line of the results that says which event their order follows.
import { type LifeEventId, LIFE_EVENTS, lifeEvent } from '@passerelle/rules/flow';
import { html, nothing, type TemplateResult } from 'lit';
import { radioGroup } from '../../base/index.js';
import type { QuestionnaireController } from '../session-controller.js';
import { lifeEventIn } from '../translate.js';

/** Themes pre-selected for an event: its most useful ones (the person may tick the others). */
export const LIFE_EVENT_THEMES = 3;

/** The value of "Rien de particulier". */
const NONE = '';

const shown = (c: QuestionnaireController, id: LifeEventId) => {
  const e = lifeEvent(id);
  return lifeEventIn(c.host.locale, id) ?? { label: e?.label ?? id, hint: e?.hint ?? '' };
};

/** Choosing an event sets the session's order and, in public mode, ticks its first themes. */
export function chooseLifeEvent(c: QuestionnaireController, id: string): void {
  const e = lifeEvent(id);
  c.set({
    lifeEvent: e?.id,
    chosenThemes: e ? e.themes.slice(0, LIFE_EVENT_THEMES) : c.host.themesFromAttribute(),
  });
}

export function renderLifeEvent(c: QuestionnaireController): TemplateResult {
  return html`<div class="pq-themes pq-life-event-choices">
    ${radioGroup(c.host, {
      id: 'pq-life-event',
      label: c.t('lifeEventLegend'),
      hint: c.t('lifeEventHint'),
      options: [
        ...LIFE_EVENTS.map((e) => ({ value: e.id, ...shown(c, e.id) })),
        { value: NONE, label: c.t('lifeEventNone') },
      ],
      value: c.lifeEvent ?? NONE,
      onChange: (value) => chooseLifeEvent(c, value),
    })}
  </div>`;
}

/** "Classé pour : …" above the results, when an event orders them. */
export function lifeEventLine(c: QuestionnaireController): TemplateResult | typeof nothing {
  const id = c.results?.lifeEvent;
  return id
    ? html`<p class="pq-life-event" data-life-event=${id}>
        ${c.t('lifeEventOrder', { event: shown(c, id).label })}
      </p>`
    : nothing;
}
