// A bilan shared in the page address or saved in a file, put back in place (../handoff/controller.ts reads
// and checks it): its answers, evaluated for the month it was made, and its results.
import type { BilanPayload } from '../handoff/payload.js';
import { EVENTS } from './events.js';
import type { QuestionnaireController } from './session-controller.js';

/** Puts a shared or saved bilan in place and shows its results (throws on answers the flow refuses). */
export async function restoreBilan(c: QuestionnaireController, p: BilanPayload): Promise<void> {
  const month = p.month;
  const en = await c.engineReady;
  const session = en.restoreSession(
    {
      version: 1,
      mode: c.host.mode,
      themes: p.themes,
      answers: p.answers,
      history: [],
      current: null,
      ...(p.lifeEvent ? { lifeEvent: p.lifeEvent } : {}),
    },
    { ...c.sessionOptions(), month },
  );
  c.bilanMonth = month;
  c.chosenThemes = [...session.themes];
  c.lifeEvent = session.lifeEvent;
  c.checklist = p.checklist ?? {};
  c.session = session;
  c.drafts = {};
  c.errors = {};
  c.emit(EVENTS.start, { mode: c.host.mode, themes: [...session.themes] });
  c.showResults();
  c.set({ statusMessage: c.wording.t('restored') });
}
