// A questionnaire session, pure and framework-free: answers, history, the question on screen, progress and
// results. The rules run once per change of the answers; that one evaluation picks the next question,
// gives the progress, the results and "which questions would settle this right".
import { type EvaluateOptions, evaluateValid, type LocalAidsEvaluator } from '../evaluate.js';
import { type NonRecours, nonRecours } from '../non-recours.js';
import type { EvaluationResult, RightResult } from '../result.js';
import type { Situation } from '../situation.js';
import { THEMES, type Theme } from '../vocabulary.js';
import { currentMonth, expandQuestions, visibleQuestions } from './conditions.js';
import { type FlowStatus, normalizeMissingPath, pathAnswers, statusFrom } from './next.js';
import { answersToSituation } from './to-situation.js';
import type { FlowAnswer, FlowAnswers, FlowMode, FlowOptions, FlowQuestionInstance } from './types.js';
import { COMMUNE_CODE, checkAnswer } from './validate.js';
import { orderQuestionsForLifeEvent, orderRightsForLifeEvent } from './life-event-order.js';
import { type LifeEventId, lifeEvent } from './life-events.js';

/** Version of `SessionState`; a saved state of another version is refused with a clear error. */
export const SESSION_STATE_VERSION = 1;

/** What a session saves and restores: plain JSON, the person's answers and where they stand. */
export interface SessionState {
  version: typeof SESSION_STATE_VERSION;
  mode: FlowMode;
  themes: Theme[];
  answers: FlowAnswers;
  /** Keys of the questions answered on the way here, oldest first. */
  history: string[];
  /** Keys seen after the current one before "Retour", walked again by `next()`. */
  future?: string[];
  /** Key of the question on screen; null: none (start screen, results); absent: the next one to ask. */
  current?: string | null;
  /** The life event the person started from (see LIFE_EVENTS); absent: none. */
  lifeEvent?: LifeEventId;
}

export interface SessionOptions {
  /** `public` (fewest questions, default) or `accompagnement` (every question, every theme). */
  mode?: FlowMode;
  /** Themes chosen in public mode; every theme by default and always in accompagnement mode. */
  themes?: readonly Theme[];
  /** Month evaluated, YYYY-MM (see `resolveMonth` for host input); the current month by default. */
  month?: string;
  /** INSEE code of the host's commune: preset answer of the commune question. */
  commune?: string;
  /** A life event id (LIFE_EVENTS): its questions are asked first, its rights come first; an unknown id is ignored. */
  lifeEvent?: string;
  /** Local aids, evaluated with the national rights (`localAidsEvaluator` of '@passerelle/rules/local-aids'). */
  localAids?: LocalAidsEvaluator;
  /** Replaces the evaluator (tests, benchmarks); `evaluateValid` by default. */
  evaluate?: (situation: Situation, options: EvaluateOptions) => EvaluationResult;
}

export interface SessionResults {
  month: string;
  /** Every right of the themes in scope, national then local; a life event's rights first when there is one. */
  rights: RightResult[];
  /** The life event the order follows (order each group of the summary with `orderSummaryForLifeEvent`). */
  lifeEvent?: LifeEventId;
  /** Eligible or possible rights not received, and the money at stake (the rules' `nonRecours`). */
  nonRecours: NonRecours;
  /** Set when the national evaluation failed (local aids may still be there). */
  error?: string;
}

export interface SessionProgress {
  /** Number of the question on screen, from 1. */
  step: number;
  /** Estimated number of questions in all (grows or shrinks with the answers), never below `step`. */
  total: number;
}

/** A saved state that cannot be restored: `issues` names each bad field. */
export class SessionStateError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid questionnaire state: ${issues.join('; ')}`);
    this.name = 'SessionStateError';
  }
}

interface Evaluation {
  answers: FlowAnswers;
  situation: Situation;
  result?: EvaluationResult;
  error?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MODES: readonly FlowMode[] = ['public', 'accompagnement'];

function sameAnswer(a: FlowAnswer | undefined, b: FlowAnswer | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export class FlowSession {
  readonly mode: FlowMode;
  /** Themes in scope: the chosen ones in public mode, all in accompagnement mode. */
  readonly themes: readonly Theme[];
  readonly month: string;
  /** The life event the person started from: orders the questions and the results around it. */
  readonly lifeEvent: LifeEventId | undefined;
  /** Full evaluations of the catalogue made so far (one per change of the answers, at most). */
  evaluations = 0;

  private answersNow: FlowAnswers;
  private historyNow: string[] = [];
  private futureNow: string[] = [];
  private currentNow: FlowQuestionInstance | null = null;
  private readonly commune: string | undefined;
  private readonly localAids: LocalAidsEvaluator | undefined;
  private readonly evaluator: NonNullable<SessionOptions['evaluate']>;
  private memo: Evaluation | undefined;
  private statusMemo: { answers: FlowAnswers; status: FlowStatus } | undefined;

  constructor(options: SessionOptions = {}) {
    const mode = options.mode ?? 'public';
    if (!MODES.includes(mode)) throw new RangeError(`mode must be public or accompagnement, got ${mode}`);
    const month = options.month ?? currentMonth();
    if (!MONTH.test(month)) throw new RangeError(`month must be YYYY-MM, got ${JSON.stringify(month)}`);
    this.mode = mode;
    this.month = month;
    this.lifeEvent = options.lifeEvent ? lifeEvent(options.lifeEvent)?.id : undefined;
    this.themes =
      mode === 'accompagnement' || !options.themes?.length
        ? [...THEMES]
        : THEMES.filter((t) => options.themes?.includes(t));
    this.commune = options.commune && COMMUNE_CODE.test(options.commune) ? options.commune : undefined;
    this.answersNow = this.commune ? { commune: this.commune } : {};
    this.localAids = options.localAids;
    this.evaluator = options.evaluate ?? evaluateValid;
  }

  /** Answers so far, keyed by question instance (read only: change them with `answer`). */
  get answers(): Readonly<FlowAnswers> {
    return this.answersNow;
  }

  get history(): readonly string[] {
    return this.historyNow;
  }

  /** The question on screen in public mode; null before `start()`, in accompagnement mode, or when done. */
  get current(): FlowQuestionInstance | null {
    return this.currentNow;
  }

  private flowOptions(): FlowOptions {
    return { mode: this.mode, themes: this.themes, month: this.month };
  }

  /** Visible questions of the themes in scope, in order (the dense form of accompagnement mode). */
  questions(): FlowQuestionInstance[] {
    return visibleQuestions(this.answersNow, this.flowOptions());
  }

  /** A visible question by key, in any theme (a right's settling question may lie outside the chosen ones). */
  question(key: string): FlowQuestionInstance | undefined {
    return visibleQuestions(this.answersNow, { month: this.month }).find((q) => q.key === key);
  }

  /** Stores an answer in the stored shape (`parseAnswer`'s value). Throws on a value the question refuses. */
  answer(key: string, value: FlowAnswer): void {
    const q = expandQuestions({ ...this.answersNow, [key]: value }, this.month).find((x) => x.key === key);
    if (!q) throw new RangeError(`answer: no question "${key}"`);
    const problem = checkAnswer(q, value, this.month);
    if (problem) throw new RangeError(`answer "${key}": ${problem}`);
    if (sameAnswer(this.answersNow[key], value)) return;
    this.answersNow = { ...this.answersNow, [key]: Array.isArray(value) ? [...value] : value };
  }

  /** Forgets an answer (a field emptied in the dense form). */
  clear(key: string): void {
    if (!(key in this.answersNow)) return;
    const { [key]: _dropped, ...rest } = this.answersNow;
    this.answersNow = rest;
  }

  /** The one evaluation of the current answers (memoised until they change). */
  private evaluation(): Evaluation {
    if (this.memo?.answers === this.answersNow) return this.memo;
    const situation = answersToSituation(this.answersNow, {
      month: this.month,
      ...(this.commune ? { commune: this.commune } : {}),
    });
    const localAids = this.localAids;
    const options: EvaluateOptions = {
      month: this.month,
      ...(localAids
        ? {
            // A broken local aid must not take the national results down with it.
            localAids: (s: Situation, m: string, national: RightResult[]) => {
              try {
                return localAids(s, m, national);
              } catch (error) {
                console.error('[passerelle] les aides locales n’ont pas pu être évaluées', error);
                return [];
              }
            },
          }
        : {}),
    };
    let memo: Evaluation;
    this.evaluations += 1;
    try {
      memo = { answers: this.answersNow, situation, result: this.evaluator(situation, options) };
    } catch (error) {
      console.error('[passerelle] le calcul des aides a échoué : toutes les questions seront posées', error);
      memo = { answers: this.answersNow, situation, error: (error as Error).message ?? String(error) };
    }
    this.memo = memo;
    return memo;
  }

  /** What is answered, what remains to ask, which rights are undecided. */
  status(): FlowStatus {
    if (this.statusMemo?.answers === this.answersNow) return this.statusMemo.status;
    // Accompagnement mode asks every visible question: no evaluation needed to choose.
    const e = this.mode === 'public' ? this.evaluation() : undefined;
    const evaluated = e?.result ? { situation: e.situation, rights: e.result.rights } : undefined;
    const found = statusFrom(this.answersNow, this.flowOptions(), evaluated);
    const status = this.lifeEvent ? { ...found, pending: this.eventPending(found.pending) } : found;
    this.statusMemo = { answers: this.answersNow, status };
    return status;
  }

  /**
   * The person named the event: its own questions are asked even when no right needs them yet (a birth
   * asks about the pregnancy), and they come first with those they depend on.
   */
  private eventPending(pending: FlowQuestionInstance[]): FlowQuestionInstance[] {
    const event = this.lifeEvent ? lifeEvent(this.lifeEvent) : undefined;
    if (!event || this.mode !== 'public') return orderQuestionsForLifeEvent(pending, event?.id);
    const keys = new Set(pending.map((q) => q.key));
    const asked = this.questions().filter(
      (q) => keys.has(q.key) || (event.questions.includes(q.id) && this.answersNow[q.key] === undefined),
    );
    return orderQuestionsForLifeEvent(asked, event.id);
  }

  /** Starts (or starts again) at the first question to ask; null in accompagnement mode or when none. */
  start(): FlowQuestionInstance | null {
    this.historyNow = [];
    this.futureNow = [];
    this.currentNow = this.mode === 'public' ? (this.status().pending[0] ?? null) : null;
    return this.currentNow;
  }

  /**
   * Leaves the current question (answered or "je ne sais pas") for the next one: first the questions seen
   * before a "Retour" that are still asked, then the first pending one. Null when the results can be shown.
   */
  next(): FlowQuestionInstance | null {
    const q = this.currentNow;
    if (!q) return null;
    this.historyNow = [...this.historyNow.filter((k) => k !== q.key), q.key];
    const scope = new Map(this.questions().map((x) => [x.key, x]));
    while (this.futureNow.length) {
      const [key, ...rest] = this.futureNow;
      this.futureNow = rest;
      const again = key === undefined ? undefined : scope.get(key);
      if (again && !this.historyNow.includes(again.key)) {
        this.currentNow = again;
        return again;
      }
    }
    this.currentNow = this.status().pending.find((p) => !this.historyNow.includes(p.key)) ?? null;
    return this.currentNow;
  }

  /** Back to the previous question still asked; null when there is none (the start screen). */
  back(): FlowQuestionInstance | null {
    const scope = new Map(this.questions().map((x) => [x.key, x]));
    if (this.currentNow) this.futureNow = [this.currentNow.key, ...this.futureNow];
    while (this.historyNow.length) {
      const previous = this.historyNow[this.historyNow.length - 1] as string;
      this.historyNow = this.historyNow.slice(0, -1);
      const q = scope.get(previous);
      if (q) {
        this.futureNow = this.futureNow.filter((k) => k !== q.key);
        this.currentNow = q;
        return q;
      }
    }
    this.currentNow = null;
    this.futureNow = [];
    return null;
  }

  /** Shows one question now (e.g. "Répondre à cette question" next to a right); then the flow goes on. */
  goTo(key: string): FlowQuestionInstance | null {
    const q = this.question(key);
    // Accompagnement mode shows every question at once: the caller moves to the field.
    if (!q || this.mode !== 'public') return q ?? null;
    this.historyNow = this.historyNow.filter((k) => k !== key);
    this.futureNow = [];
    this.currentNow = q;
    return q;
  }

  /** Where the person stands: "Question {step} sur environ {total}". */
  progress(): SessionProgress {
    const step = this.historyNow.length + 1;
    const current = this.currentNow?.key;
    const pending = this.status().pending.filter(
      (p) => p.key !== current && !this.futureNow.includes(p.key) && !this.historyNow.includes(p.key),
    ).length;
    return { step, total: Math.max(step, step + this.futureNow.length + pending) };
  }

  /** National rights and local aids of the themes in scope, from the same evaluation as the flow. */
  results(): SessionResults {
    const e = this.evaluation();
    const themes = new Set<string>(this.themes);
    const inScope = (e.result?.rights ?? []).filter((r) => themes.has(r.theme));
    const rights = orderRightsForLifeEvent(inScope, this.lifeEvent);
    return {
      month: this.month,
      rights,
      ...(this.lifeEvent ? { lifeEvent: this.lifeEvent } : {}),
      nonRecours: nonRecours({ month: this.month, rulesVersion: e.result?.rulesVersion ?? '', rights }),
      ...(e.error ? { error: e.error } : {}),
    };
  }

  /** The questions whose answer would settle a `possible` right (from its `missing`), in flow order. */
  settlingQuestions(rightId: string): FlowQuestionInstance[] {
    const e = this.evaluation();
    const right = e.result?.rights.find((r) => r.id === rightId);
    if (!right?.missing.length) return [];
    const candidates = visibleQuestions(this.answersNow, { month: this.month });
    const found = new Set<string>();
    for (const raw of right.missing) {
      const path = normalizeMissingPath(raw, e.situation);
      const q =
        candidates.find((c) => c.resolvedPath === path) ??
        candidates.find((c) => pathAnswers(c.resolvedPath, path));
      if (q) found.add(q.key);
    }
    return candidates.filter((c) => found.has(c.key));
  }

  /** Plain JSON of where the person stands; give it to `restoreSession` to go on later. */
  toJSON(): SessionState {
    return {
      version: SESSION_STATE_VERSION,
      mode: this.mode,
      themes: [...this.themes],
      answers: structuredClone(this.answersNow),
      history: [...this.historyNow],
      future: [...this.futureNow],
      current: this.currentNow?.key ?? null,
      ...(this.lifeEvent ? { lifeEvent: this.lifeEvent } : {}),
    };
  }

  /** Puts a checked state in place (see `restoreSession`). */
  private load(state: SessionState): void {
    this.answersNow = { ...state.answers };
    this.historyNow = [...state.history];
    this.futureNow = [...(state.future ?? [])];
    if (this.mode !== 'public') return;
    if (state.current === null) return;
    const current = state.current ? this.questions().find((q) => q.key === state.current) : undefined;
    // No question saved (or no longer asked): the next one to ask, as `next()` would pick it.
    this.currentNow = current ?? this.status().pending.find((p) => !this.historyNow.includes(p.key)) ?? null;
  }

  /** @internal */
  static fromState(
    state: SessionState,
    options: Omit<SessionOptions, 'mode' | 'themes' | 'lifeEvent'>,
  ): FlowSession {
    const session = new FlowSession({
      ...options,
      mode: state.mode,
      themes: state.themes,
      ...(state.lifeEvent ? { lifeEvent: state.lifeEvent } : {}),
    });
    session.load(state);
    return session;
  }
}

/** A new session: `start()` it to get the first question. */
export function createSession(options: SessionOptions = {}): FlowSession {
  return new FlowSession(options);
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a saved state (from storage, a file, another tab); throws SessionStateError naming what is wrong. */
export function parseSessionState(input: unknown, month: string = currentMonth()): SessionState {
  if (!isObject(input)) throw new SessionStateError(['the state is not an object']);
  const issues: string[] = [];
  if (input.version !== SESSION_STATE_VERSION)
    issues.push(`version: expected ${SESSION_STATE_VERSION}, got ${JSON.stringify(input.version)}`);
  if (!MODES.includes(input.mode as FlowMode)) issues.push(`mode: unknown ${JSON.stringify(input.mode)}`);
  const themes = input.themes;
  if (!Array.isArray(themes) || !themes.every((t) => (THEMES as readonly unknown[]).includes(t)))
    issues.push('themes: expected a list of themes');
  const answers = input.answers;
  if (!isObject(answers)) issues.push('answers: expected an object');
  else {
    const questions = new Map(expandQuestions(answers as FlowAnswers, month).map((q) => [q.key, q]));
    for (const [key, value] of Object.entries(answers)) {
      const q = questions.get(key);
      const problem = q ? checkAnswer(q, value, month) : 'no such question';
      if (problem) issues.push(`answers.${key}: ${problem}`);
    }
  }
  for (const name of ['history', 'future'] as const) {
    const list = input[name];
    if (list === undefined && name === 'future') continue;
    if (!Array.isArray(list) || !list.every((k) => typeof k === 'string'))
      issues.push(`${name}: expected a list of question keys`);
  }
  if (input.current !== undefined && input.current !== null && typeof input.current !== 'string')
    issues.push('current: expected a question key or null');
  if (issues.length) throw new SessionStateError(issues);
  const { lifeEvent: event, ...state } = input as unknown as SessionState;
  // An event this version does not know (older or newer widget) only loses the order, never the answers.
  const known = typeof event === 'string' ? lifeEvent(event)?.id : undefined;
  return known ? { ...state, lifeEvent: known } : state;
}

/** A session back where `state` left it. Throws SessionStateError on a corrupted or foreign state. */
export function restoreSession(
  state: unknown,
  options: Omit<SessionOptions, 'mode' | 'themes' | 'lifeEvent'> = {},
): FlowSession {
  return FlowSession.fromState(parseSessionState(state, options.month ?? currentMonth()), options);
}
