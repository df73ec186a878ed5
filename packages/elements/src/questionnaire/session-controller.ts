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
import { type Booking, needOf, parseBooking } from '../handoff/help.js';
import type { BilanPayload } from '../handoff/payload.js';
import type { Draft } from './fields.js';
import type { HostDataController } from './host-data.js';
import { MediationSlot } from './mediation.js';
import type { MessageKey } from './messages.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import type { ShownRight } from './right-card.js';
import { type ChecklistEntry, clearSaved, readSaved, type SavedState, writeSaved } from './storage.js';
import { errorIn, questionIn, rightsIn } from './translate.js';

/** The flow, the engine and the screens after the start screen (engine.ts), loaded when a questionnaire connects. */
export type Engine = typeof import('./engine.js');
/** "Mon bilan" and the fiche (../handoff/bilan-screen.ts): loaded when the person opens or downloads it. */
export type BilanScreen = typeof import('../handoff/bilan-screen.js');
import { fieldId } from './labels.js';

export type Screen = 'start' | 'question' | 'interview' | 'results' | 'bilan';

/** Public events, one name each (documented on the element). */
export const EVENTS = {
  start: 'passerelle-questionnaire-start',
  step: 'passerelle-questionnaire-step',
  complete: 'passerelle-questionnaire-complete',
  reset: 'passerelle-questionnaire-reset',
  findHelp: 'passerelle-questionnaire-find-help',
} as const;

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

/**
 * The rights added with issue 15 ('@passerelle/rules/extra'), a chunk of their own loaded once per page from
 * the moment a questionnaire connects, so the start screen never waits for them. Without them (a failed
 * load) the session still runs on the original catalogue.
 */
let extraRights: Promise<void> | undefined;
let extraRightsLoaded = false;
function loadExtraRights(): Promise<void> {
  extraRights ??= import('@passerelle/rules/extra').then(
    (m) => {
      m.loadExtraRights();
      extraRightsLoaded = true;
    },
    (error) => {
      extraRights = undefined;
      console.error('[passerelle-questionnaire] droits ajoutés (issue 15) non chargés', error);
    },
  );
  return extraRights;
}

/** Settles when the extra rights a questionnaire started loading are in (tests: the start screen was read). */
export const extraRightsLoading = (): Promise<void> => extraRights ?? Promise.resolve();

let engine: Engine | undefined;
let engineLoading: Promise<Engine> | undefined;
function loadEngine(): Promise<Engine> {
  engineLoading ??= import('./engine.js').then(
    (m) => (engine = m),
    (error) => {
      engineLoading = undefined;
      throw error;
    },
  );
  return engineLoading;
}

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
  private bilanMonth: string | undefined;
  /** Accompagnement mode: the mediator's bilans, follow-up and count (mediation.ts). */
  readonly mediation = new MediationSlot(this);

  constructor(readonly host: PasserelleQuestionnaire) {
    host.addController(this);
    this.eraseDialog = new ConfirmDialogController(host);
    this.handoff = new HandoffController(host, { restore: (p) => this.restoreBilan(p) });
    host.data.onLocalAids = () => this.refreshSession();
  }

  /** The engine (engine.ts) once loaded: every screen after the start screen needs it. */
  get engine(): Engine | undefined {
    return engine;
  }

  /** The engine, for what only happens after the start screen (it is loaded by then). */
  private get loaded(): Engine {
    if (!engine) throw new Error('[passerelle-questionnaire] le moteur n’est pas encore chargé');
    return engine;
  }

  /** Settles when the engine is loaded, and in accompagnement mode the mediator's screens too. */
  get engineReady(): Promise<Engine> {
    const mediation = this.isMediation ? this.mediation.load() : undefined;
    return Promise.all([engine ?? loadEngine(), mediation]).then(([e]) => e);
  }

  /**
   * Runs `action` with the engine: at once when it is loaded (the usual case: it loads while the start
   * screen is read), else as soon as it arrives. A failed load is said, and the person can try again.
   */
  withEngine(action: (e: Engine) => void): void {
    if (engine && (!this.isMediation || this.mediation.screens)) {
      action(engine);
      return;
    }
    this.engineReady.then(action, (error) => {
      console.error('[passerelle-questionnaire] moteur non chargé', error);
      this.set({ statusMessage: this.t('engineFailed') });
    });
  }

  hostConnected(): void {
    if (!engine) void loadEngine().then(() => this.host.requestUpdate(), () => {});
    // Public mode's saved answers are never offered to a mediator, and the reverse (mediation.ts).
    if (this.isMediation) void this.mediation.load();
    this.saved = this.isMediation ? undefined : readSaved();
    this.chosenThemes = this.host.themesFromAttribute();
    // Loaded long before a person presses Commencer; a session begun earlier (a reopened bilan, a quick
    // click) is evaluated again with them, its answers kept.
    if (!extraRightsLoaded) void loadExtraRights().then(() => this.refreshSession());
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
    if (!this.session || !engine) return;
    this.session = engine.restoreSession(this.session.toJSON(), this.sessionOptions());
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
    void this.host.updateComplete.then(() => this.focusQuestion());
  }

  /**
   * Focus on the question's heading, described by the step and the theme: a screen reader says once
   * "Quelle est votre date de naissance ? Question 1 sur environ 12, Le foyer". Tab then reaches the field.
   */
  private focusQuestion(): void {
    const heading = this.host.renderRoot.querySelector<HTMLElement>(
      'form[data-question] h2, form[data-question] [role="heading"]',
    );
    if (!heading) return;
    heading.tabIndex = -1;
    heading.setAttribute('aria-describedby', 'pa-progress-text pq-group');
    heading.focus();
  }

  /** What the field of a question shows now. */
  draft(q: FlowQuestionInstance): Draft {
    return this.drafts[q.key] ?? this.loaded.draftOf(q, this.answers[q.key]);
  }

  private parse(q: FlowQuestionInstance) {
    return this.loaded.parseDraft(q, this.draft(q), this.host.evalMonth, this.answers[q.key], this.data.hasCommuneList);
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
    const summary = session
      .questions()
      .filter((q) => errors[q.key])
      .map((q) => ({
        id: fieldId(q.key),
        message: `${questionIn(this.host.locale, q).label} ${errorIn(this.host.locale, errors[q.key])}`,
      }));
    this.set({ errors, summary });
    if (summary.length) {
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
  bilanScreen: BilanScreen | undefined;
  private bilanLoading: Promise<BilanScreen> | undefined;
  private loadBilanScreen(): Promise<BilanScreen> {
    this.bilanLoading ??= import('../handoff/bilan-screen.js').then(
      (m) => (this.bilanScreen = m),
      (error) => {
        this.bilanLoading = undefined;
        this.set({ statusMessage: this.t('engineFailed') });
        throw error;
      },
    );
    return this.bilanLoading;
  }

  goToScreen(screen: Screen): void {
    if (screen === 'bilan' && !this.bilanScreen) {
      void this.loadBilanScreen().then(() => this.goToScreen(screen), () => {});
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

  /** Puts a shared or saved bilan in place and shows its results (throws on answers the flow refuses). */
  async restoreBilan(p: BilanPayload): Promise<void> {
    const month = p.month;
    const en = await this.engineReady;
    const session = en.restoreSession(
      { version: 1, mode: this.host.mode, themes: p.themes, answers: p.answers, history: [], current: null },
      { ...this.sessionOptions(), month },
    );
    this.bilanMonth = month;
    this.chosenThemes = [...session.themes];
    this.checklist = p.checklist ?? {};
    this.session = session;
    this.drafts = {};
    this.errors = {};
    this.emit(EVENTS.start, { mode: this.host.mode, themes: [...session.themes] });
    this.showResults();
    this.set({ statusMessage: this.wording.t('restored') });
  }

  /** What travels in a reopen link or a downloaded fiche: the answers, their month, the follow-up. */
  bilanPayload(): BilanPayload | undefined {
    const s = this.session?.toJSON();
    if (!s || !this.results) return undefined;
    const p: BilanPayload = { month: this.results.month, mode: s.mode, themes: s.themes, answers: s.answers };
    if (this.isMediation) p.checklist = this.checklist;
    return p;
  }

  findHelp(r: ShownRight): void {
    // The partners' needs table says which need serves the right (the ASPA: retirement).
    const need = needOf(r.id);
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
    // The hint in the card is not live: moving focus to the finder's heading is the one announcement.
    this.set({ helpMessages: { ...this.helpMessages, [r.id]: this.t('findHelpDone') } });
    void focusHeadingOf(finder);
  }

  openFalc(r: ShownRight): void {
    const falc = document.querySelector<HTMLElement>('passerelle-falc');
    if (!falc) return;
    falc.setAttribute('right', r.id);
    falc.scrollIntoView?.({ block: 'start' });
    void focusHeadingOf(falc);
  }

  // ---- save, erase ----

  /**
   * Writes the state when the person asked to keep it. When the device refuses (storage blocked or full),
   * saving stops and the person is told; the journey goes on unsaved.
   */
  persist(): boolean {
    if (this.isMediation) {
      void this.mediation.persist();
      return true;
    }
    if (!this.saving || !this.session) return true;
    const { version, mode, themes, answers, history, lifeEvent } = this.session.toJSON();
    const state = { version, mode, themes, answers, history, ...(lifeEvent ? { lifeEvent } : {}) };
    if (writeSaved({ ...state, checklist: this.checklist })) return true;
    this.set({ saving: false, statusMessage: this.t('saveFailed') });
    return false;
  }

  save = (): void => {
    if (this.isMediation) {
      void this.mediation
        .persist()
        .then((ok) => this.set({ statusMessage: this.t(ok ? 'saved' : 'saveFailed') }));
      return;
    }
    this.saving = true;
    if (!this.persist()) return;
    // The button gives way to a note saying so: focus goes there (read once), never to the page.
    this.set({ saved: readSaved() });
    this.focusAfterRender('#pq-saved-note');
  };

  erase = async (e: Event): Promise<void> => {
    await this.eraseDialog.show(e.currentTarget as HTMLElement);
  };

  confirmErase = (): void => {
    clearSaved();
    this.data.communeBox.setValue(null);
    this.bilanMonth = undefined;
    this.set({
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
      chosenThemes: this.host.themesFromAttribute(),
      lifeEvent: undefined,
      screen: 'start',
      statusMessage: this.t('erased'),
    });
    this.emit(EVENTS.reset, {});
    this.focusAfterRender('h2');
  };
}
