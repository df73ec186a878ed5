// Everything the person does in <passerelle-questionnaire>, over one pure session of '@passerelle/rules/flow':
// the screen shown, what is typed and not yet sent, errors, saving, the checklist. The only holder of the
// widget's state: the element and the screens read it here and call its actions.
import { THEMES, type Theme } from '@passerelle/rules';
import {
  DONT_KNOW,
  type FlowAnswer,
  type FlowAnswers,
  type FlowQuestionInstance,
  type FlowSession,
  type LifeEventId,
  type SessionResults,
} from '@passerelle/rules/flow';
import type { ReactiveController } from 'lit';
import { ConfirmDialogController, focusErrorSummary } from '../base/index.js';
import { HandoffController } from '../handoff/controller.js';
import { type Wording, wordingFor } from '../handoff/fiche-model.js';
import { type Booking, parseBooking } from '../handoff/help.js';
import type { BilanPayload } from '../handoff/payload.js';
import type { Draft } from './fields.js';
import type { HostDataController } from './host-data.js';
import { MediationSlot } from './mediation.js';
import type { MessageKey } from './messages.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import type { ShownRight } from './right-card.js';
import { confirmErase, persist, save } from './saving.js';
import { type ChecklistEntry, clearSaved, readSaved, type SavedState } from './storage.js';
import { rightsIn } from './translate.js';
import {
  type BilanScreen,
  type Engine,
  extraRightsIn,
  loadBilanScreen,
  loadedBilanScreen,
  loadedEngine,
  loadEngine,
  loadExtraRights,
} from './loading.js';
import { restoreBilan } from './reopen.js';
import { fieldId } from './labels.js';
import { EVENTS, type Screen } from './events.js';

export type { BilanScreen, Engine } from './loading.js';
export { extraRightsLoading } from './loading.js';
export { EVENTS, type Screen } from './events.js';

const without = <T>(record: Record<string, T>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

export class QuestionnaireController implements ReactiveController {
  screen: Screen = 'start';
  session: FlowSession | undefined;
  chosenThemes: Theme[] = [...THEMES];
  /** The life event chosen on the start screen (screens/life-event.ts); undefined: none. */
  lifeEvent: LifeEventId | undefined;
  drafts: Record<string, Draft> = {};
  errors: Record<string, string> = {};
  /**
   * The error summary of the accompagnement form, as of the last submit: fixing a field clears its inline
   * error but leaves the summary as it was, so the alert is not read again at each fix.
   */
  summary: Array<{ id: string; message: string }> = [];
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
  /** A shared or saved bilan, the fiche, the reopen link (see ../handoff). */
  readonly handoff: HandoffController;
  /** Month of a reopened bilan: its answers give the same results as where it was made. */
  bilanMonth: string | undefined;
  /** Accompagnement mode: the mediator's bilans, follow-up and count (mediation.ts). */
  readonly mediation = new MediationSlot(this);

  constructor(readonly host: PasserelleQuestionnaire) {
    host.addController(this);
    this.eraseDialog = new ConfirmDialogController(host);
    this.handoff = new HandoffController(host, { restore: (p) => restoreBilan(this, p) });
    host.data.onLocalAids = () => this.refreshSession();
  }

  /** The engine (engine.ts) once loaded: every screen after the start screen needs it. */
  get engine(): Engine | undefined {
    return loadedEngine();
  }

  /** The engine, for what only happens after the start screen (it is loaded by then). */
  private get loaded(): Engine {
    const e = loadedEngine();
    if (!e) throw new Error('[passerelle-questionnaire] le moteur n’est pas encore chargé');
    return e;
  }

  /** Settles when the engine is loaded, and in accompagnement mode the mediator's screens too. */
  get engineReady(): Promise<Engine> {
    const mediation = this.isMediation ? this.mediation.load() : undefined;
    return Promise.all([loadEngine(), mediation]).then(([e]) => e);
  }

  /**
   * Runs `action` with the engine: at once when it is loaded (the usual case: it loads while the start
   * screen is read), else as soon as it arrives. A failed load is said, and the person can try again.
   */
  withEngine(action: (e: Engine) => void): void {
    const e = loadedEngine();
    if (e && (!this.isMediation || this.mediation.screens)) {
      action(e);
      return;
    }
    this.engineReady.then(action, (error) => {
      console.error('[passerelle-questionnaire] moteur non chargé', error);
      this.set({ statusMessage: this.t('engineFailed') });
    });
  }

  hostConnected(): void {
    if (!loadedEngine())
      void loadEngine().then(
        () => this.host.requestUpdate(),
        () => {},
      );
    // Public mode's saved answers are never offered to a mediator, and the reverse (mediation.ts).
    if (this.isMediation) void this.mediation.load();
    this.saved = this.isMediation ? undefined : readSaved();
    this.chosenThemes = this.host.themesFromAttribute();
    // Loaded long before a person presses Commencer; a session begun earlier (a reopened bilan, a quick
    // click) is evaluated again with them, its answers kept.
    if (!extraRightsIn()) void loadExtraRights().then(() => this.refreshSession());
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

  /** The results' and the hand-off's words in the current locale. */
  get wording(): Wording {
    return wordingFor(this.host.locale);
  }

  private bookingCache: { text: string; booking: Booking } | undefined;
  /** The host's `booking` setting, read once per value (what is wrong is said in the console). */
  get booking(): Booking {
    const text = this.host.booking;
    if (this.bookingCache?.text !== text) {
      const { booking, errors } = parseBooking(text);
      for (const e of errors) console.warn(`[passerelle-questionnaire] ${e}`);
      this.bookingCache = { text, booking };
    }
    return this.bookingCache.booking;
  }

  /** Changes state and renders once. */
  set(patch: Partial<QuestionnaireController>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Dispatches one of the public events (EVENTS). */
  emit(type: string, detail: unknown, cancelable = false): boolean {
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

  sessionOptions() {
    const localAids = this.data.localAids;
    return {
      month: this.bilanMonth ?? this.host.evalMonth,
      ...(this.host.commune ? { commune: this.host.commune } : {}),
      ...(localAids ? { localAids } : {}),
    };
  }

  /** Local aids arrived (or changed) after the start: the same answers, evaluated with them. */
  private refreshSession(): void {
    const e = loadedEngine();
    if (!this.session || !e) return;
    this.session = e.restoreSession(this.session.toJSON(), this.sessionOptions());
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
    this.withEngine((en) => {
      const session = en.createSession({
        mode: this.host.mode,
        themes: this.chosenThemes,
        ...(this.lifeEvent ? { lifeEvent: this.lifeEvent } : {}),
        ...this.sessionOptions(),
      });
      this.checklist = {};
      this.begin(session);
      if (this.isMediation) void this.mediation.create(session);
    });
  };

  /** A mediator's bilan opened from the list: its answers and checklist, on the interview. */
  resumeMediation(session: FlowSession, checklist: Record<string, ChecklistEntry>): void {
    this.checklist = checklist;
    this.begin(session, true);
  }

  /** The rights of the results, or of the answers so far (the interview's checklist grows with them). */
  liveRights(): ShownRight[] {
    return (this.results?.rights ?? this.session?.results().rights ?? []) as ShownRight[];
  }

  resume = (): void => {
    this.withEngine((en) => this.resumeWith(en));
  };

  private resumeWith(en: Engine): void {
    const s = this.saved;
    if (!s) return;
    let session: FlowSession;
    try {
      session = en.restoreSession({ ...s, mode: this.host.mode }, this.sessionOptions());
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
  }

  private begin(session: FlowSession, resumed = false): void {
    this.session = session;
    this.lifeEvent = session.lifeEvent;
    this.drafts = {};
    this.errors = {};
    this.summary = [];
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
    this.drafts = { ...this.drafts, [q.key]: this.loaded.draftOf(q, this.answers[q.key]) };
    this.set({ screen: 'question' });
    const { step, total } = this.session?.progress() ?? { step: 1, total: 1 };
    this.emit(EVENTS.step, { step, total, question: q.id });
    void this.host.updateComplete.then(() => this.loaded.focusQuestion(this.host.renderRoot));
  }

  /** What the field of a question shows now. */
  draft(q: FlowQuestionInstance): Draft {
    return this.drafts[q.key] ?? this.loaded.draftOf(q, this.answers[q.key]);
  }

  parse(q: FlowQuestionInstance) {
    return this.loaded.parseDraft(
      q,
      this.draft(q),
      this.host.evalMonth,
      this.answers[q.key],
      this.data.hasCommuneList,
    );
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

  /** Accompagnement mode: every question at once (../mediator/screens.ts). */
  submitInterview = (e: Event): void => {
    e.preventDefault();
    this.mediation.screens?.submitInterview(this);
  };

  // ---- results ----

  showResults(): void {
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
    this.results = results;
    this.set({
      checklist,
      screen: 'results',
      statusMessage: this.wording.t('summaryCount', { count: this.loaded.summaryOf(this).count }),
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

  /** "Mon bilan" and the fiche, once loaded. */
  get bilanScreen(): BilanScreen | undefined {
    return loadedBilanScreen();
  }

  private loadBilanScreen(): Promise<BilanScreen> {
    return loadBilanScreen().catch((error) => {
      this.set({ statusMessage: this.t('engineFailed') });
      throw error;
    });
  }

  goToScreen(screen: Screen): void {
    if (screen === 'bilan' && !this.bilanScreen) {
      void this.loadBilanScreen().then(
        () => this.goToScreen(screen),
        () => {},
      );
      return;
    }
    this.set({ screen });
    this.focusAfterRender('h2');
  }

  /** "Télécharger la fiche", from the results or "Mon bilan". */
  async downloadFiche(): Promise<void> {
    await (await this.loadBilanScreen()).downloadFiche(this);
  }

  updateChecklist(id: string, patch: Partial<ChecklistEntry>): void {
    const now = this.checklist[id] ?? { state: 'to_open' as const, orientedTo: '', note: '' };
    this.set({ checklist: { ...this.checklist, [id]: { ...now, ...patch } } });
    this.persist();
  }

  /** What travels in a reopen link or a downloaded fiche: the answers, their month, the follow-up. */
  bilanPayload(): BilanPayload | undefined {
    const s = this.session?.toJSON();
    if (!s || !this.results) return undefined;
    const p: BilanPayload = { month: this.results.month, mode: s.mode, themes: s.themes, answers: s.answers };
    if (s.lifeEvent) p.lifeEvent = s.lifeEvent;
    if (this.isMediation) p.checklist = this.checklist;
    return p;
  }

  // ---- save, erase (saving.ts) ----

  persist(): boolean {
    return persist(this);
  }
  save = (): void => save(this);
  erase = async (e: Event): Promise<void> => {
    await this.eraseDialog.show(e.currentTarget as HTMLElement);
  };
  confirmErase = (): void => confirmErase(this);
}
