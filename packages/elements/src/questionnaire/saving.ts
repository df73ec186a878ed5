// Public mode keeps the answers on the device only when the person asks (storage.ts); accompagnement mode
// keeps each bilan in the mediator's store. "Effacer" wipes both the entry and the screen.
import { EVENTS } from './events.js';
import type { QuestionnaireController } from './session-controller.js';
import { clearSaved, readSaved, writeSaved } from './storage.js';

/**
 * Writes the state when the person asked to keep it. When the device refuses (storage blocked or full),
 * saving stops and the person is told; the journey goes on unsaved.
 */
export function persist(c: QuestionnaireController): boolean {
  if (c.isMediation) {
    void c.mediation.persist();
    return true;
  }
  if (!c.saving || !c.session) return true;
  const { version, mode, themes, answers, history, lifeEvent } = c.session.toJSON();
  const state = { version, mode, themes, answers, history, ...(lifeEvent ? { lifeEvent } : {}) };
  if (writeSaved({ ...state, checklist: c.checklist })) return true;
  c.set({ saving: false, statusMessage: c.t('saveFailed') });
  return false;
}

export function save(c: QuestionnaireController): void {
  if (c.isMediation) {
    void c.mediation.persist().then((ok) => c.set({ statusMessage: c.t(ok ? 'saved' : 'saveFailed') }));
    return;
  }
  c.saving = true;
  if (!persist(c)) return;
  // The button gives way to a note saying so: focus goes there (read once), never to the page.
  c.set({ saved: readSaved() });
  c.focusAfterRender('#pq-saved-note');
}

export function confirmErase(c: QuestionnaireController): void {
  clearSaved();
  c.data.communeBox.setValue(null);
  c.bilanMonth = undefined;
  c.set({
    session: undefined,
    saving: false,
    saved: undefined,
    drafts: {},
    errors: {},
    summary: [],
    results: undefined,
    checklist: {},
    bilanName: '',
    helpMessages: {},
    open: {},
    chosenThemes: c.host.themesFromAttribute(),
    lifeEvent: undefined,
    screen: 'start',
    statusMessage: c.t('erased'),
  });
  c.emit(EVENTS.reset, {});
  c.focusAfterRender('h2');
}
