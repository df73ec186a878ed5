// Everything the person does in <passerelle-questionnaire>, over one pure session of '@passerelle/rules/flow':
// the screen shown, what is typed and not yet sent, errors, saving, the checklist. The only holder of the
// widget's state: the element and the screens read it here and call its actions.
import { THEMES, type Theme } from '@passerelle/rules';
import {
  createSession,
  DONT_KNOW,
  type FlowAnswer,
  type FlowAnswers,
  type FlowQuestionInstance,
  type FlowSession,
  restoreSession,
  type SessionResults,
} from '@passerelle/rules/flow';
import type { ReactiveController } from 'lit';
import { ConfirmDialogController, focusErrorSummary } from '../base/index.js';
import { type Draft, draftOf, fieldId, parseDraft } from './fields.js';
import type { HostDataController } from './host-data.js';
import type { MessageKey } from './messages.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import type { ShownRight } from './right-card.js';
import { type ChecklistEntry, clearSaved, readSaved, type SavedState, writeSaved } from './storage.js';
import { rightsIn } from './translate.js';

export type Screen = 'start' | 'question' | 'interview' | 'results' | 'bilan';

/** Public events, one name each (documented on the element). */
export const EVENTS = {
  start: 'passerelle-start',
  step: 'passerelle-step',
  complete: 'passerelle-complete',
  reset: 'passerelle-reset',
  findHelp: 'passerelle-find-help',
} as const;

/** Need of <passerelle-partner-finder> per theme, when the right has no better match. */
const THEME_NEEDS: Record<Theme, string> = {
  famille: 'famille',
  emploi: 'travail',
  logement: 'logement',
  sante: 'sante',
  transport: 'papiers',
  ressources: 'caf',
};

const without = <T>(record: Record<string, T>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

export class QuestionnaireController implements ReactiveController {
  screen: Screen = 'start';
  session: FlowSession | undefined;
  chosenThemes: Theme[] = [...THEMES];
  drafts: Record<string, Draft> = {};
  errors: Record<string, string> = {};
  results: SessionResults | undefined;
  checklist: Record<string, ChecklistEntry> = {};
  bilanName = '';
  saving = false;
  saved: SavedState | undefined;
  /** The saved answers could not be read back (corrupted): they were wiped. */
  savedDiscarded = false;
  open: Record<string, boolean> = {};
  helpMessages: Record<string, string> = {};
  statusMessage = '';
  readonly eraseDialog: ConfirmDialogController;

  constructor(readonly host: PasserelleQuestionnaire) {
    host.addController(this);
    this.eraseDialog = new ConfirmDialogController(host);
    host.data.onLocalAids = () => this.refreshSession();
  }

  hostConnected(): void {
    this.saved = readSaved();
    this.chosenThemes = this.host.themesFromAttribute();
  }

  get data(): HostDataController {
    return this.host.data;
  }

  get isMediation(): boolean {
    return this.host.mode === 'accompagnement';
  }

  get answers(): Readonly<FlowAnswers> {
    return this.session?.answers ?? {};
  }

  /** Rights shown: every right of the themes in scope, national then local. */
  get rights(): ShownRight[] {
    return rightsIn(this.host.locale, (this.results?.rights ?? []) as ShownRight[]);
  }

  t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.host.t(key, params);
  }

  /** Changes state and renders once. */
  set(patch: Partial<QuestionnaireController>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.host.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  focusAfterRender(selector: string): void {
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const el =
        root.querySelector<HTMLElement>(`[data-screen] ${selector}`) ??
        root.querySelector<HTMLElement>(selector);
      el?.focus();
    });
  }

  private sessionOptions() {
    const localAids = this.data.localAids;
    return {
      month: this.host.evalMonth,
      ...(this.host.commune ? { commune: this.host.commune } : {}),
      ...(localAids ? { localAids } : {}),
    };
  }

  /** Local aids arrived (or changed) after the start: the same answers, evaluated with them. */
  private refreshSession(): void {
    if (!this.session) return;
    this.session = restoreSession(this.session.toJSON(), this.sessionOptions());
    if (this.screen === 'results') this.results = this.session.results();
    this.host.requestUpdate();
  }

  // ---- start, resume ----

  start = (e: Event): void => {
    e.preventDefault();
    if (!this.isMediation && this.chosenThemes.length === 0) {
      this.set({ errors: { themes: this.t('themesError') } });
      void focusErrorSummary(this.host);
      return;
    }
    const session = createSession({
      mode: this.host.mode,
      themes: this.chosenThemes,
      ...this.sessionOptions(),
    });
    this.begin(session);
  };

  resume = (): void => {
    const s = this.saved;
    if (!s) return;
    let session: FlowSession;
    try {
      session = restoreSession({ ...s, mode: this.host.mode }, this.sessionOptions());
    } catch (error) {
      console.warn('[passerelle-questionnaire] réponses enregistrées illisibles, effacées', error);
      clearSaved();
      this.set({ saved: undefined, savedDiscarded: true, statusMessage: this.t('savedDiscarded') });
      this.focusAfterRender('h2');
      return;
    }
    this.chosenThemes = [...session.themes];
    this.checklist = s.checklist ?? {};
    this.saving = true;
    this.begin(session, true);
  };

  private begin(session: FlowSession, resumed = false): void {
    this.session = session;
    this.drafts = {};
    this.errors = {};
    this.results = undefined;
    this.savedDiscarded = false;
    this.emit(EVENTS.start, { mode: this.host.mode, themes: [...session.themes] });
    if (this.isMediation) {
      this.set({ screen: 'interview' });
      this.focusAfterRender('h2');
      return;
    }
    this.show(resumed ? session.current : session.start());
  }

  // ---- one question at a time ----

  private show(q: FlowQuestionInstance | null): void {
    this.errors = {};
    if (!q) {
      this.showResults();
      return;
    }
    this.drafts = { ...this.drafts, [q.key]: draftOf(q, this.answers[q.key]) };
    this.set({ screen: 'question' });
    const { step, total } = this.session?.progress() ?? { step: 1, total: 1 };
    this.emit(EVENTS.step, { step, total, question: q.id });
    this.focusAfterRender('input, textarea, select');
  }

  /** What the field of a question shows now. */
  draft(q: FlowQuestionInstance): Draft {
    return this.drafts[q.key] ?? draftOf(q, this.answers[q.key]);
  }

  private parse(q: FlowQuestionInstance) {
    return parseDraft(q, this.draft(q), this.host.evalMonth, this.answers[q.key], this.data.hasCommuneList);
  }

  private commit(q: FlowQuestionInstance, value: FlowAnswer): void {
    this.session?.answer(q.key, value);
    this.persist();
  }

  submitQuestion = (e: Event): void => {
    e.preventDefault();
    const q = this.session?.current;
    if (!q) return;
    const parsed = this.parse(q);
    if (!parsed.ok) {
      this.set({ errors: { [q.key]: parsed.error } });
      void focusErrorSummary(this.host);
      return;
    }
    this.commit(q, parsed.value);
    this.show(this.session?.next() ?? null);
  };

  dontKnow(q: FlowQuestionInstance): void {
    this.commit(q, DONT_KNOW);
    if (this.screen === 'question') this.show(this.session?.next() ?? null);
    else this.set({ errors: without(this.errors, q.key) });
  }

  back = (): void => {
    const q = this.session?.back() ?? null;
    if (q) {
      this.show(q);
      return;
    }
    this.set({ screen: 'start' });
    this.focusAfterRender('h2');
  };

  /** Text typed: kept as typed; in the dense form a valid value is kept at once, errors wait for submit. */
  type(q: FlowQuestionInstance, value: Draft): void {
    this.drafts = { ...this.drafts, [q.key]: value };
    if (this.screen === 'interview') {
      const parsed = this.parse(q);
      if (parsed.ok) {
        this.commit(q, parsed.value);
        this.errors = without(this.errors, q.key);
      } else this.session?.clear(q.key);
    }
    this.host.requestUpdate();
  }

  /** An option chosen: the dense form keeps it at once (no error can remain). */
  choose(q: FlowQuestionInstance, value: string | string[]): void {
    this.drafts = { ...this.drafts, [q.key]: value };
    if (this.screen === 'interview') {
      this.commit(q, value);
      this.errors = without(this.errors, q.key);
    }
    this.host.requestUpdate();
  }

  pickCommune(q: FlowQuestionInstance, code: string): void {
    this.drafts = { ...this.drafts, [q.key]: code };
    if (code && this.screen === 'interview') this.commit(q, code);
    this.host.requestUpdate();
  }

  // ---- accompagnement: every question at once ----

  submitInterview = (e: Event): void => {
    e.preventDefault();
    const session = this.session;
    if (!session) return;
    const errors: Record<string, string> = {};
    for (const q of session.questions()) {
      if (session.answers[q.key] !== undefined) continue;
      const parsed = this.parse(q);
      if (parsed.ok) session.answer(q.key, parsed.value);
      else errors[q.key] = parsed.error;
    }
    this.set({ errors });
    if (Object.keys(errors).length) {
      void focusErrorSummary(this.host);
      return;
    }
    this.persist();
    this.showResults();
  };

  // ---- results ----

  private showResults(): void {
    const session = this.session;
    if (!session) return;
    const results = session.results();
    const checklist = { ...this.checklist };
    for (const r of results.rights)
      checklist[r.id] ??= {
        state:
          r.status === 'already_received'
            ? 'open'
            : r.status === 'not_eligible'
              ? 'not_concerned'
              : 'to_open',
        orientedTo: '',
        note: '',
      };
    this.set({
      results,
      checklist,
      screen: 'results',
      statusMessage: this.t('summaryCount', { count: results.nonRecours.rights.length }),
    });
    this.emit(EVENTS.complete, { rights: results.rights.map((r) => ({ id: r.id, status: r.status })) });
    this.persist();
    this.focusAfterRender('h2');
  }

  /** "Répondre à cette question" next to a possible right. */
  answerMissing(key: string): void {
    const session = this.session;
    const q = session?.goTo(key);
    if (!q) return;
    if (this.isMediation) {
      this.set({ screen: 'interview' });
      this.focusAfterRender(`#${fieldId(q.key)}`);
      return;
    }
    this.show(q);
  }

  /** "Modifier mes réponses": the form again, or the last question answered. */
  edit = (): void => {
    if (this.isMediation) {
      this.set({ screen: 'interview' });
      this.focusAfterRender('h2');
      return;
    }
    const session = this.session;
    if (!session) return;
    this.show(session.back() ?? session.start());
  };

  goToScreen(screen: Screen): void {
    this.set({ screen });
    this.focusAfterRender('h2');
  }

  updateChecklist(id: string, patch: Partial<ChecklistEntry>): void {
    const now = this.checklist[id] ?? { state: 'to_open' as const, orientedTo: '', note: '' };
    this.set({ checklist: { ...this.checklist, [id]: { ...now, ...patch } } });
    this.persist();
  }

  findHelp(r: ShownRight): void {
    const need = THEME_NEEDS[r.theme];
    const proceed = this.emit(EVENTS.findHelp, { right: r.id, need, contacts: [...r.contacts] }, true);
    if (!proceed) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const selector = this.host.partnerFinder || 'passerelle-partner-finder';
    let finder: HTMLElement | null = null;
    try {
      finder = root.querySelector?.<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
    } catch {
      console.error(
        `[passerelle-questionnaire] partner-finder="${selector}" n’est pas un sélecteur CSS valide`,
      );
    }
    if (!finder) {
      this.set({ helpMessages: { ...this.helpMessages, [r.id]: this.t('findHelpEvent') } });
      return;
    }
    if (!r.local) finder.setAttribute('right', r.id);
    else finder.removeAttribute('right');
    finder.setAttribute('need', need);
    const { commune, partnersSrc } = this.host;
    if (commune && !finder.hasAttribute('commune')) finder.setAttribute('commune', commune);
    if (partnersSrc && !finder.hasAttribute('src')) finder.setAttribute('src', partnersSrc);
    finder.scrollIntoView?.({ block: 'start' });
    if (!finder.hasAttribute('tabindex')) finder.setAttribute('tabindex', '-1');
    finder.focus();
    this.set({
      helpMessages: { ...this.helpMessages, [r.id]: this.t('findHelpDone') },
      statusMessage: this.t('findHelpDone'),
    });
  }

  openFalc(r: ShownRight): void {
    const falc = document.querySelector<HTMLElement>('passerelle-falc');
    if (!falc) return;
    falc.setAttribute('right', r.id);
    falc.scrollIntoView?.({ block: 'start' });
    if (!falc.hasAttribute('tabindex')) falc.setAttribute('tabindex', '-1');
    falc.focus();
  }

  // ---- save, erase ----

  /**
   * Writes the state when the person asked to keep it. When the device refuses (storage blocked or full),
   * saving stops and the person is told; the journey goes on unsaved.
   */
  private persist(): boolean {
    if (!this.saving || !this.session) return true;
    const { version, mode, themes, answers, history } = this.session.toJSON();
    if (writeSaved({ version, mode, themes, answers, history, checklist: this.checklist })) return true;
    this.set({ saving: false, statusMessage: this.t('saveFailed') });
    return false;
  }

  save = (): void => {
    this.saving = true;
    if (!this.persist()) return;
    this.set({ saved: readSaved(), statusMessage: this.t('saved') });
  };

  erase = async (e: Event): Promise<void> => {
    await this.eraseDialog.show(e.currentTarget as HTMLElement);
  };

  confirmErase = (): void => {
    clearSaved();
    this.data.communeBox.setValue(null);
    this.set({
      session: undefined,
      saving: false,
      saved: undefined,
      drafts: {},
      errors: {},
      results: undefined,
      checklist: {},
      bilanName: '',
      helpMessages: {},
      open: {},
      chosenThemes: this.host.themesFromAttribute(),
      screen: 'start',
      statusMessage: this.t('erased'),
    });
    this.emit(EVENTS.reset, {});
    this.focusAfterRender('h2');
  };
}
