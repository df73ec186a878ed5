import { type Situation, THEMES, type Theme } from '@passerelle/rules';
import {
  answersToSituation,
  currentMonth,
  DONT_KNOW,
  type FlowAnswer,
  type FlowAnswers,
  type FlowMode,
  type FlowQuestionInstance,
  flowStatus,
  nextQuestion,
  parseAnswer,
  questionForMissing,
  visibleQuestions,
} from '@passerelle/rules/flow';
import {
  type Commune,
  type CommunesManifest,
  type CommunesShard,
  communeLabel,
  PARTNER_TYPE_LABELS,
  type PartnerType,
  departementOf,
  rowToCommune,
  searchCommunes,
} from '@passerelle/partners/browser';
import { html, nothing, type PropertyValues, render, type TemplateResult } from 'lit';
import {
  alert,
  blockStyles,
  button,
  card,
  checkboxGroup,
  ComboboxController,
  ConfirmDialogController,
  type DateParts,
  dateField,
  disclosure,
  errorSummary,
  focusErrorSummary,
  moneyField,
  PasserelleElement,
  progress,
  radioGroup,
  statusRegion,
  textField,
  yesNo,
  type YesNoValue,
} from '../base/index.js';
import { bilanDocument, downloadHtml } from './bilan.js';
import { type MessageKey, messages } from './messages.js';
import {
  evaluateAll,
  flowEvaluator,
  type LocalEvaluator,
  type ShownRight,
  unclaimed,
} from './rules-adapter.js';
import { type ChecklistEntry, clearSaved, readSaved, type SavedState, writeSaved } from './storage.js';
import { questionnaireStyles } from './styles.js';

type Screen = 'start' | 'question' | 'interview' | 'results' | 'bilan';
type Draft = string | string[] | DateParts;

const THEME_KEYS: Record<Theme | 'profil', MessageKey> = {
  profil: 'groupProfil',
  famille: 'themeFamille',
  emploi: 'themeEmploi',
  logement: 'themeLogement',
  sante: 'themeSante',
  transport: 'themeTransport',
  ressources: 'themeRessources',
};

/** Need of <passerelle-partner-finder> per theme, when the right has no better match. */
const THEME_NEEDS: Record<Theme, string> = {
  famille: 'famille',
  emploi: 'travail',
  logement: 'logement',
  sante: 'sante',
  transport: 'papiers',
  ressources: 'caf',
};

const CHECKLIST_KEYS: Record<ChecklistEntry['state'], MessageKey> = {
  open: 'checklistOpen',
  to_open: 'checklistToOpen',
  oriented: 'checklistOriented',
  not_concerned: 'checklistNotConcerned',
};

const YESNO_IN: Record<string, YesNoValue> = { yes: 'oui', no: 'non', [DONT_KNOW]: 'nsp' };
const YESNO_OUT: Record<string, string> = { oui: 'yes', non: 'no', nsp: DONT_KNOW };

/** Dispatches a public event (the events are documented on the class). */
function fire(target: EventTarget, type: string, detail: unknown, cancelable: boolean): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

const fieldId = (key: string) => `q-${key.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;

function answerToDraft(q: FlowQuestionInstance, a: FlowAnswer | undefined): Draft {
  if (a === undefined)
    return q.kind === 'multichoice' ? [] : q.kind === 'date' ? { day: '', month: '', year: '' } : '';
  if (q.kind === 'date' && typeof a === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(a)) {
    const [year, month, day] = a.split('-') as [string, string, string];
    return { day: String(Number(day)), month: String(Number(month)), year };
  }
  if (q.kind === 'date') return { day: '', month: '', year: '' };
  if (Array.isArray(a)) return a;
  if (a === DONT_KNOW) return q.kind === 'money' || q.kind === 'number' ? '' : DONT_KNOW;
  if (typeof a === 'number') return String(a).replace('.', ',');
  return String(a);
}

/**
 * The bilan d'accès aux droits: a person alone (public mode) or with a mediator (accompagnement mode)
 * finds which rights they may have and do not claim, why, roughly how much, what to do and who can help,
 * and leaves with a copy. It renders the flow and the results of `@passerelle/rules`; no rule lives here.
 * Nothing the person answers is sent over the network.
 *
 * @tagname passerelle-questionnaire
 * @summary Questionnaire "bilan d'accès aux droits", public or with a mediator.
 * @since 0.1.0
 *
 * @slot - Introduction by the host, shown on the start screen (replaces nothing, comes before the text).
 *
 * @csspart start - The start screen.
 * @csspart question - The form of one question (public mode).
 * @csspart interview - The dense form of accompagnement mode.
 * @csspart results - The results screen.
 * @csspart summary - The box with the number of rights and the monthly total.
 * @csspart bilan - The printable "Mon bilan" view.
 * @csspart checklist - The per-theme checklist of accompagnement mode.
 * @csspart card - One right in the results (from the card block).
 * @csspart button - Every button (from the blocks); also `button-primary`, `button-secondary`.
 * @csspart progress - The progress text and bar.
 *
 * @cssproperty --passerelle-questionnaire-max-width - Maximum width of the content (default 48em).
 * @cssproperty --passerelle-color-action - Colour of primary buttons and the summary border.
 * @cssproperty --passerelle-color-text - Text colour.
 * @cssproperty --passerelle-color-background - Background colour.
 * @cssproperty --passerelle-color-success - Mark of rights probably open.
 * @cssproperty --passerelle-color-warning-strong - Mark of rights maybe open.
 * @cssproperty --passerelle-radius - Corner radius.
 * @cssproperty --passerelle-font-family - Font (inherits from the page by default).
 *
 * @event passerelle-start - The person started. `detail: { mode, themes }`.
 * @event passerelle-step - A new question is shown. `detail: { step, total, question }` (question id, never an answer).
 * @event passerelle-complete - Results are shown. `detail: { rights: Array<{ id, status }> }`, never answers.
 * @event passerelle-reset - The person erased their answers.
 * @event passerelle-find-help - "Trouver un lieu d'aide" was pressed. `detail: { right, need, contacts }`.
 *   Cancel it to handle the search yourself; otherwise a `<passerelle-partner-finder>` on the page is opened.
 */
export class PasserelleQuestionnaire extends PasserelleElement {
  static override styles = [PasserelleElement.styles, blockStyles, questionnaireStyles];

  static override properties = {
    mode: { type: String, reflect: true },
    themes: { type: String },
    commune: { type: String },
    month: { type: String },
    localAidsSrc: { type: String, attribute: 'local-aids-src' },
    partnersSrc: { type: String, attribute: 'partners-src' },
    communesSrc: { type: String, attribute: 'communes-src' },
    falcHref: { type: String, attribute: 'falc-href' },
    partnerFinder: { type: String, attribute: 'partner-finder' },
    // Internal reactive state (no decorators: their runtime would ship with the widget).
    screen: { state: true },
    answers: { state: true },
    current: { state: true },
    drafts: { state: true },
    errors: { state: true },
    chosenThemes: { state: true },
    rights: { state: true },
    statusMessage: { state: true },
    configError: { state: true },
    rulesError: { state: true },
    checklist: { state: true },
    bilanName: { state: true },
    saving: { state: true },
    saved: { state: true },
    open: { state: true },
    helpMessages: { state: true },
  };

  /** `public` (default): a person alone, fewest questions. `accompagnement`: a mediator, every theme. */
  mode: FlowMode = 'public';
  /** Themes offered first, space or comma separated (famille emploi logement sante transport ressources). All by default. */
  themes = '';
  /** INSEE code of the host commune: preset answer of the commune question, used for local aids. */
  commune = '';
  /** Month evaluated, YYYY-MM; the current month by default. */
  month = '';
  /** URL of the local aids JSON of the commune or CCAS (format: @passerelle/rules local aids). */
  localAidsSrc = '';
  /** URL of the partners data, handed to a `<passerelle-partner-finder>` that has none. */
  partnersSrc = '';
  /** URL of a communes manifest (@passerelle/partners format) for the commune search; loaded whole, so no letter typed is sent. */
  communesSrc = '';
  /** Link to the FALC explanation when no `<passerelle-falc>` is on the page; `{right}` is replaced by the right id. */
  falcHref = '';

  /** CSS selector of the `<passerelle-partner-finder>` to open; the first one on the page by default. */
  partnerFinder = '';

  private screen: Screen = 'start';
  private answers: FlowAnswers = {};
  private history: string[] = [];
  private future: string[] = [];
  private current: FlowQuestionInstance | null = null;
  private drafts: Record<string, Draft> = {};
  private errors: Record<string, string> = {};
  private chosenThemes: Theme[] = [...THEMES];
  private rights: ShownRight[] = [];
  private statusMessage = '';
  private configError = '';
  private rulesError = '';
  private checklist: Record<string, ChecklistEntry> = {};
  private bilanName = '';
  private saving = false;
  private saved: SavedState | undefined;
  private open: Record<string, boolean> = {};
  private helpMessages: Record<string, string> = {};
  /** Set once the host's local-aids file is loaded and valid (its code loads only then). */
  private localAids: LocalEvaluator | undefined;
  private localLoad: Promise<void> | undefined;
  private loadedLocalSrc = '';
  private communes: Promise<Commune[]> | undefined;
  /** EPCI (SIREN) by commune, from the host's communes file: settles local aids given to an EPCI. */
  private readonly epciOf = new Map<string, string>();
  private readonly eraseDialog = new ConfirmDialogController(this);
  private readonly communeBox = new ComboboxController(this, { search: (q) => this.searchCommunes(q) });

  override connectedCallback(): void {
    super.connectedCallback();
    // Tolerate the attribute name webmasters guess most, and say which one is right.
    if (!this.localAidsSrc && this.hasAttribute('local-aids-url')) {
      console.warn('[passerelle-questionnaire] use local-aids-src="…" (local-aids-url is read for now).');
      this.localAidsSrc = this.getAttribute('local-aids-url') ?? '';
    }
    this.saved = readSaved();
    this.chosenThemes = this.themesFromAttribute();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('themes' as keyof PasserelleQuestionnaire) && this.screen === 'start')
      this.chosenThemes = this.themesFromAttribute();
    if (
      changed.has('localAidsSrc' as keyof PasserelleQuestionnaire) &&
      this.localAidsSrc !== this.loadedLocalSrc
    )
      this.localLoad = this.loadLocalAids();
  }

  /** Resolves when the local aids file (if any) is loaded or has failed. For tests and hosts. */
  get localAidsReady(): Promise<void> {
    return this.localLoad ?? Promise.resolve();
  }

  private get evalMonth(): string {
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(this.month)) return this.month;
    if (this.month && !this.warnedMonth) {
      this.warnedMonth = true;
      console.warn(
        `[passerelle-questionnaire] month="${this.month}" is not YYYY-MM: the current month is used.`,
      );
    }
    return currentMonth();
  }

  private warnedMonth = false;

  private get isMediation(): boolean {
    return this.mode === 'accompagnement';
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.msg(messages, key, params);
  }

  private themesFromAttribute(): Theme[] {
    const asked = this.themes
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s): s is Theme => (THEMES as readonly string[]).includes(s));
    return asked.length ? asked : [...THEMES];
  }

  private flowOptions() {
    const month = this.evalMonth;
    const localAids = this.localAids;
    return {
      mode: this.mode,
      themes: this.isMediation ? [...THEMES] : this.chosenThemes,
      month,
      // Local aids count too: a question that settles one of them is worth asking.
      evaluate: (situation: Situation) => {
        const national = flowEvaluator(situation).rights;
        if (!localAids) return { rights: national };
        const local = localAids(situation, month, national);
        return { rights: [...national, ...local] };
      },
    };
  }

  // ---- configuration loading (host files only, before any answer) ----

  private async loadLocalAids(): Promise<void> {
    const src = this.localAidsSrc;
    this.loadedLocalSrc = src;
    this.localAids = undefined;
    this.configError = '';
    if (!src) return;
    try {
      const response = await fetch(src, { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${src}`);
      const text = await response.text();
      // Validation (zod) and evaluation of local aids load only for hosts that configure them.
      const { parseLocalAids, formatLocalAidsErrors, localAidsEvaluator } = await import(
        '@passerelle/rules/local-aids'
      );
      const parsed = parseLocalAids(text);
      if (parsed.errors.length) {
        console.error(
          `[passerelle-questionnaire] local aids ${src}: ${parsed.errors.length} error(s)\n${formatLocalAidsErrors(parsed.errors)}`,
        );
        this.configError =
          parsed.file && parsed.aids.length ? this.t('configErrorPartial') : this.t('configError');
      }
      const file = parsed.file;
      if (file && src === this.localAidsSrc) {
        this.localAids = localAidsEvaluator(file, { epciOf: (commune) => this.epciOf.get(commune) });
        // Aids given to an EPCI: the EPCI of the communes of the host's own département (an attribute,
        // not an answer, so the request reveals nothing); a commune picked in the search adds its own.
        const dep = this.commune && this.communesSrc && file.aids.some((a) => a.conditions?.epcis);
        if (dep)
          await this.communesManifest()
            .then(({ manifest, rows }) => {
              const shard = manifest.byDepartement[departementOf(this.commune)];
              return shard ? rows([shard]) : [];
            })
            .catch((e) => console.error('[passerelle-questionnaire] communes (EPCI) not loaded', e));
      }
    } catch (error) {
      console.error(`[passerelle-questionnaire] could not load local aids from ${src}`, error);
      this.configError = this.t('configError');
    }
  }

  /** The host's communes manifest and a reader of the files it names (same folder, no cookie). */
  private async communesManifest() {
    const src = this.communesSrc;
    const base = new URL(src, globalThis.location?.href ?? 'http://localhost/');
    const get = async (file: string) => {
      const url = new URL(file, base);
      const r = await fetch(url, { credentials: 'omit' });
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${url}`);
      return r.json() as Promise<unknown>;
    };
    const manifest = (await get(base.href)) as CommunesManifest;
    if (manifest?.format !== 'passerelle-communes') throw new Error(`${src} is not a communes manifest`);
    const rows = async (files: string[]) => {
      const shards = (await Promise.all(files.map(get))) as CommunesShard[];
      const communes = shards.flatMap((s) => (s.rows ?? []).map(rowToCommune));
      for (const c of communes) if (c.epci) this.epciOf.set(c.code, c.epci);
      return communes;
    };
    return { manifest, rows };
  }

  private async loadCommunes(): Promise<Commune[]> {
    const { manifest, rows } = await this.communesManifest();
    // Every shard, whatever is typed: the requests never reveal the commune being searched.
    return rows([...new Set(Object.values(manifest.byLetter))]);
  }

  /** The host's communes, loaded once (a failed load is tried again on the next call). */
  private communeList(): Promise<Commune[]> {
    if (!this.communesSrc) return Promise.resolve([]);
    this.communes ??= this.loadCommunes().catch((e) => {
      this.communes = undefined;
      throw e;
    });
    return this.communes;
  }

  private async searchCommunes(query: string) {
    return searchCommunes(await this.communeList(), query, 8).map((m) => ({
      id: m.commune.code,
      label: communeLabel(m.commune),
      detail: m.matchedName !== m.commune.nom ? m.matchedName : m.commune.departement,
    }));
  }

  // ---- events ----

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return fire(this, type, detail, cancelable);
  }

  // ---- navigation ----

  private presetAnswers(): FlowAnswers {
    return this.commune && /^(\d{5}|2[AB]\d{3})$/.test(this.commune) ? { commune: this.commune } : {};
  }

  private startWith(answers: FlowAnswers, history: string[] = []): void {
    this.answers = answers;
    this.history = history;
    this.future = [];
    this.drafts = {};
    this.errors = {};
    this.rights = [];
    this.emit('passerelle-start', {
      mode: this.mode,
      themes: this.isMediation ? [...THEMES] : [...this.chosenThemes],
    });
    if (this.isMediation) {
      this.screen = 'interview';
      this.focusAfterRender('h2');
      return;
    }
    this.goTo(nextQuestion(this.answers, this.flowOptions()));
  }

  private onStart = (e: Event) => {
    e.preventDefault();
    if (!this.isMediation && this.chosenThemes.length === 0) {
      this.errors = { themes: this.t('themesError') };
      void focusErrorSummary(this);
      return;
    }
    this.startWith({ ...this.presetAnswers() });
  };

  private onResume = () => {
    const s = this.saved;
    if (!s) return;
    this.saving = true;
    this.chosenThemes = s.themes.filter((x): x is Theme => (THEMES as readonly string[]).includes(x));
    if (!this.chosenThemes.length) this.chosenThemes = [...THEMES];
    this.checklist = s.checklist ?? {};
    this.startWith({ ...s.answers }, [...s.history]);
  };

  private goTo(q: FlowQuestionInstance | null): void {
    this.errors = {};
    if (!q) {
      this.current = null;
      this.showResults();
      return;
    }
    this.current = q;
    this.screen = 'question';
    this.drafts = { ...this.drafts, [q.key]: answerToDraft(q, this.answers[q.key]) };
    const { step, total } = this.progressNumbers();
    this.emit('passerelle-step', { step, total, question: q.id });
    this.focusAfterRender('input, textarea, select');
  }

  private progressNumbers(): { step: number; total: number } {
    const step = this.history.length + 1;
    const pending = flowStatus(this.answers, this.flowOptions()).pending.filter(
      (p) => p.key !== this.current?.key && !this.future.includes(p.key),
    ).length;
    return { step, total: Math.max(step, step + this.future.length + pending) };
  }

  private commit(q: FlowQuestionInstance, value: FlowAnswer): void {
    this.answers = { ...this.answers, [q.key]: value };
    this.persist();
  }

  private advance(): void {
    const q = this.current;
    if (!q) return;
    this.history = [...this.history, q.key];
    // After "Retour", walk forward through the questions already seen, if still asked.
    const scope = new Map(visibleQuestions(this.answers, this.flowOptions()).map((x) => [x.key, x]));
    while (this.future.length) {
      const [key, ...rest] = this.future;
      this.future = rest;
      const again = key ? scope.get(key) : undefined;
      if (again) {
        this.goTo(again);
        return;
      }
    }
    this.goTo(nextQuestion(this.answers, this.flowOptions()));
  }

  private onQuestionSubmit = (e: Event) => {
    e.preventDefault();
    const q = this.current;
    if (!q) return;
    const parsed = this.parseDraft(q);
    if (!parsed.ok) {
      this.errors = { [q.key]: parsed.error };
      void focusErrorSummary(this);
      return;
    }
    this.commit(q, parsed.value);
    this.advance();
  };

  private onDontKnow = (q: FlowQuestionInstance) => {
    this.commit(q, DONT_KNOW);
    if (this.screen === 'question') this.advance();
    else this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => k !== q.key));
  };

  private onBack = () => {
    if (!this.history.length) {
      this.screen = 'start';
      this.current = null;
      this.focusAfterRender('h2');
      return;
    }
    const previous = this.history[this.history.length - 1] as string;
    this.history = this.history.slice(0, -1);
    if (this.current) this.future = [this.current.key, ...this.future];
    const q = visibleQuestions(this.answers, this.flowOptions()).find((x) => x.key === previous);
    if (q) this.goTo(q);
    else this.onBack();
  };

  private parseDraft(q: FlowQuestionInstance) {
    const d = this.drafts[q.key] ?? answerToDraft(q, this.answers[q.key]);
    if (q.kind === 'date') {
      const p = d as DateParts;
      const filled = [p.day, p.month, p.year].filter((x) => x.trim() !== '').length;
      // Three boxes here: the example matches them (the flow's own message shows 14/03/1988).
      if (filled < 3 && (filled > 0 || q.validation?.required !== false))
        return {
          ok: false as const,
          error: `Écrivez le jour, le mois et l’année, par exemple 14 3 1988${q.dontKnow ? ', ou choisissez « Je ne sais pas »' : ''}.`,
        };
      return parseAnswer(
        q,
        filled ? `${p.day.trim()}/${p.month.trim()}/${p.year.trim()}` : '',
        this.evalMonth,
      );
    }
    if (q.kind === 'commune' && !d && this.answers[q.key])
      return { ok: true as const, value: this.answers[q.key] as string };
    return parseAnswer(q, d as string | string[], this.evalMonth);
  }

  private setDraft(q: FlowQuestionInstance, value: Draft): void {
    this.drafts = { ...this.drafts, [q.key]: value };
    if (this.screen === 'interview') {
      // Dense mode: a valid value is kept at once, errors wait for "Voir les résultats".
      const parsed = this.parseDraft(q);
      if (parsed.ok) {
        this.commit(q, parsed.value);
        if (this.errors[q.key])
          this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => k !== q.key));
      } else if (this.answers[q.key] !== undefined) {
        const { [q.key]: _dropped, ...rest } = this.answers;
        this.answers = rest;
      }
    }
  }

  private onInterviewSubmit = (e: Event) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    for (const q of visibleQuestions(this.answers, this.flowOptions())) {
      if (this.answers[q.key] !== undefined) continue;
      const parsed = this.parseDraft(q);
      if (parsed.ok) this.answers = { ...this.answers, [q.key]: parsed.value };
      else errors[q.key] = parsed.error;
    }
    this.errors = errors;
    if (Object.keys(errors).length) {
      void focusErrorSummary(this);
      return;
    }
    this.persist();
    this.showResults();
  };

  // ---- results ----

  private showResults(): void {
    const situation = answersToSituation(this.answers, {
      month: this.evalMonth,
      ...(this.commune ? { commune: this.commune } : {}),
    });
    const evaluation = evaluateAll(situation, this.evalMonth, this.localAids);
    const themes = new Set<string>(this.isMediation ? THEMES : this.chosenThemes);
    this.rights = evaluation.rights.filter((r) => themes.has(r.theme));
    this.rulesError = evaluation.error ? this.t('rulesError') : '';
    for (const r of this.rights) {
      if (!this.checklist[r.id])
        this.checklist = {
          ...this.checklist,
          [r.id]: {
            state:
              r.status === 'already_received'
                ? 'open'
                : r.status === 'not_eligible'
                  ? 'not_concerned'
                  : 'to_open',
            orientedTo: '',
            note: '',
          },
        };
    }
    this.screen = 'results';
    const { rights } = unclaimed(this.rights);
    this.statusMessage = this.t('summaryCount', { count: rights.length });
    this.emit('passerelle-complete', { rights: this.rights.map((r) => ({ id: r.id, status: r.status })) });
    this.persist();
    this.focusAfterRender('h2');
  }

  private answerMissing(key: string): void {
    const q = visibleQuestions(this.answers, { ...this.flowOptions(), themes: [...THEMES] }).find(
      (x) => x.key === key,
    );
    if (!q) return;
    if (this.isMediation) {
      this.screen = 'interview';
      this.focusAfterRender(`#${fieldId(q.key)}`);
      return;
    }
    this.history = this.history.filter((k) => k !== key);
    this.future = [];
    this.goTo(q);
  }

  private findHelp(r: ShownRight): void {
    const need = THEME_NEEDS[r.theme];
    const proceed = this.emit('passerelle-find-help', { right: r.id, need, contacts: [...r.contacts] }, true);
    if (!proceed) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const selector = this.partnerFinder || 'passerelle-partner-finder';
    let finder: HTMLElement | null = null;
    try {
      finder = root.querySelector?.<HTMLElement>(selector) ?? document.querySelector<HTMLElement>(selector);
    } catch {
      console.error(`[passerelle-questionnaire] partner-finder="${selector}" is not a valid CSS selector`);
    }
    if (!finder) {
      this.helpMessages = { ...this.helpMessages, [r.id]: this.t('findHelpEvent') };
      return;
    }
    if (!r.local) finder.setAttribute('right', r.id);
    else finder.removeAttribute('right');
    finder.setAttribute('need', need);
    if (this.commune && !finder.hasAttribute('commune')) finder.setAttribute('commune', this.commune);
    if (this.partnersSrc && !finder.hasAttribute('src')) finder.setAttribute('src', this.partnersSrc);
    finder.scrollIntoView?.({ block: 'start' });
    if (!finder.hasAttribute('tabindex')) finder.setAttribute('tabindex', '-1');
    finder.focus();
    this.helpMessages = { ...this.helpMessages, [r.id]: this.t('findHelpDone') };
    this.statusMessage = this.t('findHelpDone');
  }

  private openFalc(r: ShownRight): void {
    const falc = document.querySelector<HTMLElement>('passerelle-falc');
    if (!falc) return;
    falc.setAttribute('right', r.id);
    falc.scrollIntoView?.({ block: 'start' });
    if (!falc.hasAttribute('tabindex')) falc.setAttribute('tabindex', '-1');
    falc.focus();
  }

  // ---- save, erase, bilan ----

  private persist(): void {
    if (!this.saving) return;
    writeSaved({
      mode: this.mode,
      themes: [...this.chosenThemes],
      answers: this.answers,
      history: this.history,
      checklist: this.checklist,
    });
  }

  private onSave = () => {
    this.saving = true;
    this.persist();
    this.saved = readSaved();
    this.statusMessage = this.t('saved');
  };

  private onErase = async (e: Event) => {
    await this.eraseDialog.show(e.currentTarget as HTMLElement);
  };

  private erase(): void {
    clearSaved();
    this.saving = false;
    this.saved = undefined;
    this.answers = {};
    this.history = [];
    this.future = [];
    this.drafts = {};
    this.errors = {};
    this.rights = [];
    this.checklist = {};
    this.bilanName = '';
    this.helpMessages = {};
    this.open = {};
    this.current = null;
    this.chosenThemes = this.themesFromAttribute();
    this.communeBox.setValue(null);
    this.screen = 'start';
    this.statusMessage = this.t('erased');
    this.emit('passerelle-reset', {});
    this.focusAfterRender('h2');
  }

  private statusText(r: ShownRight): string {
    return this.t(
      r.status === 'eligible'
        ? 'statusEligible'
        : r.status === 'possible'
          ? 'statusPossible'
          : r.status === 'already_received'
            ? 'statusReceived'
            : 'statusNotEligible',
    );
  }

  private amountText(r: ShownRight): string {
    const a = r.amount;
    if (!a || r.status === 'not_eligible') return '';
    const per = this.t(a.per === 'month' ? 'perMonth' : a.per === 'year' ? 'perYear' : 'perOnce');
    const amount = this.formatEuro(a.value);
    if (a.isCost) return a.value === 0 ? this.t('amountFree') : this.t('amountCost', { amount, per });
    if (a.upTo) return this.t('amountUpTo', { amount, per });
    return this.t(a.kind === 'estimate' ? 'amountEstimate' : 'amountFlat', { amount, per });
  }

  private contactsText(r: ShownRight): string {
    if (r.contact) return this.t('hostedBy', { name: r.contact.name });
    const names = r.contacts.map((c) => PARTNER_TYPE_LABELS[c as PartnerType]?.one ?? c);
    return names.length ? this.t('contactsLabel', { list: names.join(', ') }) : '';
  }

  private themeLabel(theme: Theme | 'profil'): string {
    return this.t(THEME_KEYS[theme]);
  }

  private onDownload = () => {
    const date = new Date().toISOString().slice(0, 10);
    // The file is the printed view itself, rendered apart (it may be asked for from the results screen).
    const holder = document.createElement('div');
    render(this.bilanContent(), holder);
    downloadHtml(
      bilanDocument(holder, { title: this.t('bilanTitle'), lang: this.langTag, dir: this.textDirection }),
      `mon-bilan-droits-${date}.html`,
      this.renderRoot as unknown as ParentNode & Node,
    );
    this.statusMessage = this.t('downloaded');
  };

  private onPrint = () => {
    globalThis.print?.();
  };

  // ---- rendering ----

  private focusAfterRender(selector: string): void {
    void this.updateComplete.then(() => {
      const root = this.renderRoot as ShadowRoot;
      const el =
        root.querySelector<HTMLElement>(`[data-screen] ${selector}`) ??
        root.querySelector<HTMLElement>(selector);
      el?.focus();
    });
  }

  override render() {
    const screens: Record<Screen, () => TemplateResult> = {
      start: () => this.renderStart(),
      question: () => this.renderQuestion(),
      interview: () => this.renderInterview(),
      results: () => this.renderResults(),
      bilan: () => this.renderBilan(),
    };
    return html`<div class="pq ${this.isMediation ? 'pq-dense' : ''}" lang=${this.langTag} dir=${this.textDirection}>
      ${this.configError ? alert(this, { tone: 'warning', content: this.configError }) : nothing}
      ${screens[this.screen]()}
      ${statusRegion(this.statusMessage)}
      ${this.eraseDialog.render({
        id: 'pq-erase',
        heading: this.t('eraseHeading'),
        content: html`<p>${this.t('eraseText')}</p>`,
        confirmLabel: this.t('eraseConfirm'),
        tone: 'danger',
        onConfirm: () => this.erase(),
      })}
    </div>`;
  }

  private renderStart(): TemplateResult {
    const errors = this.errors.themes ? [{ id: 'pq-themes', message: this.errors.themes }] : [];
    return html`<section part="start" data-screen="start" aria-labelledby="pq-start-title">
      <h2 id="pq-start-title" tabindex="-1">${this.t(this.isMediation ? 'titleMediation' : 'title')}</h2>
      <slot></slot>
      <p class="pq-lead">${this.t(this.isMediation ? 'introMediation' : 'intro')}</p>
      <p>${this.t(this.isMediation ? 'durationMediation' : 'duration')}</p>
      <p><strong>${this.t('privacy')}</strong></p>
      <form novalidate @submit=${this.onStart}>
        ${errorSummary(this, { errors })}
        ${
          this.isMediation
            ? nothing
            : html`<div class="pq-themes">
              ${checkboxGroup(this, {
                id: 'pq-themes',
                label: this.t('themesLegend'),
                hint: this.t('themesHint'),
                ...(this.errors.themes ? { error: this.errors.themes } : {}),
                options: THEMES.map((th) => ({ value: th, label: this.themeLabel(th) })),
                values: this.chosenThemes,
                onChange: (values) => {
                  this.chosenThemes = values as Theme[];
                },
              })}
            </div>`
        }
        <div class="pq-actions">
          ${button({ label: this.t('start'), type: 'submit', variant: 'primary' })}
          ${
            this.saved
              ? button({
                  label: this.t('resume'),
                  variant: 'secondary',
                  describedBy: 'pq-resume-hint',
                  onClick: this.onResume,
                })
              : nothing
          }
          ${this.saved ? button({ label: this.t('erase'), variant: 'link', onClick: this.onErase }) : nothing}
        </div>
        ${
          this.saved
            ? html`<p id="pq-resume-hint" class="pa-hint">
              ${this.t('resumeHint', { date: this.formatDate(this.saved.savedAt) })}
            </p>`
            : nothing
        }
      </form>
    </section>`;
  }

  private renderQuestion(): TemplateResult {
    const q = this.current;
    if (!q) return html``;
    const { step, total } = this.progressNumbers();
    const error = this.errors[q.key];
    return html`<section part="question" data-screen="question" aria-label=${this.t('title')}>
      ${progress(this, { current: step, total, text: this.t('stepStatus', { current: step, total }) })}
      <p class="pq-group">${this.themeLabel(q.group)}</p>
      <form novalidate data-question=${q.key} data-kind=${q.kind} @submit=${this.onQuestionSubmit}>
        ${errorSummary(this, { errors: error ? [{ id: fieldId(q.key), message: error }] : [] })}
        ${this.renderField(q, false)}
        <div class="pq-actions">
          ${button({ label: this.t('continue'), type: 'submit', variant: 'primary' })}
          ${button({ label: this.t('back'), variant: 'secondary', onClick: this.onBack })}
        </div>
      </form>
      <div class="pq-actions pq-noprint">
        ${this.saving ? nothing : button({ label: this.t('save'), variant: 'link', describedBy: 'pq-save-hint', onClick: this.onSave })}
        ${button({ label: this.t('erase'), variant: 'link', onClick: this.onErase })}
      </div>
      ${this.saving ? nothing : html`<p id="pq-save-hint" class="pa-hint">${this.t('saveHint')}</p>`}
    </section>`;
  }

  private renderField(q: FlowQuestionInstance, dense: boolean): TemplateResult {
    const id = fieldId(q.key);
    const error = this.errors[q.key];
    const required = q.validation?.required !== false;
    const draft = this.drafts[q.key] ?? answerToDraft(q, this.answers[q.key]);
    const common = {
      id,
      label: q.label,
      required,
      ...(q.help ? { hint: q.help } : {}),
      ...(error ? { error } : {}),
    };
    const headingLevel = dense ? undefined : (2 as const);
    const choose = (value: string | string[]) => {
      this.drafts = { ...this.drafts, [q.key]: value };
      if (dense) {
        this.commit(q, value);
        if (this.errors[q.key])
          this.errors = Object.fromEntries(Object.entries(this.errors).filter(([k]) => k !== q.key));
      }
    };
    const dontKnowButton = q.dontKnow
      ? html`<div class="pq-actions">
          ${button({
            // The question in the name: in the dense form there is one such button per question.
            label: html`${this.t('dontKnow')}<span class="pa-visually-hidden"> : ${q.label}</span>`,
            variant: 'secondary',
            onClick: () => this.onDontKnow(q),
          })}
          ${dense && this.answers[q.key] === DONT_KNOW ? html`<span>✓ ${this.t('dontKnow')}</span>` : nothing}
        </div>`
      : nothing;
    switch (q.kind) {
      case 'yesno':
        return yesNo(this, {
          ...common,
          ...(headingLevel ? { headingLevel } : {}),
          dontKnow: !!q.dontKnow,
          value: YESNO_IN[draft as string] ?? '',
          onChange: (v) => choose(YESNO_OUT[v] ?? ''),
        });
      case 'choice':
        return radioGroup(this, {
          ...common,
          ...(headingLevel ? { headingLevel } : {}),
          options: [
            ...(q.visibleOptions ?? q.options ?? []).map((o) => ({
              value: o.value,
              label: o.label,
              ...(o.hint ? { hint: o.hint } : {}),
            })),
            ...(q.dontKnow ? [{ value: DONT_KNOW, label: this.t('dontKnow') }] : []),
          ],
          value: draft as string,
          onChange: (v) => choose(v),
        });
      case 'multichoice':
        return checkboxGroup(this, {
          ...common,
          required: false,
          ...(headingLevel ? { headingLevel } : {}),
          options: (q.visibleOptions ?? q.options ?? []).map((o) => ({ value: o.value, label: o.label })),
          values: Array.isArray(draft) ? draft : [],
          onChange: (v) => choose(v),
        });
      case 'money':
        return html`${moneyField(this, {
          ...common,
          value: draft as string,
          onInput: (v) => this.setDraft(q, v),
        })}${dontKnowButton}`;
      case 'number':
        return html`${textField(this, {
          ...common,
          value: draft as string,
          inputmode: 'numeric',
          width: 'short',
          onInput: (v) => this.setDraft(q, v),
        })}${dontKnowButton}`;
      case 'date':
        return html`${dateField(this, {
          ...common,
          value: draft as DateParts,
          ...(q.autocomplete === 'bday' ? { autocomplete: 'bday' as const } : {}),
          onInput: (v) => this.setDraft(q, v),
        })}${dontKnowButton}`;
      default:
        return this.renderCommune(q, common, draft as string, dense);
    }
  }

  private renderCommune(
    q: FlowQuestionInstance,
    common: { id: string; label: string; required: boolean; hint?: string; error?: string },
    draft: string,
    dense: boolean,
  ): TemplateResult {
    if (this.communesSrc) {
      return this.communeBox.render({
        ...common,
        onSelect: (option) => {
          this.drafts = { ...this.drafts, [q.key]: option?.id ?? '' };
          if (option && dense) this.commit(q, option.id);
        },
      });
    }
    // Without a communes file: the INSEE code, prefilled with the host's commune.
    return textField(this, {
      ...common,
      hint: 'Le code de la commune a 5 caractères (code INSEE), par exemple 94028. Ce n’est pas toujours le code postal.',
      value: draft,
      width: 'short',
      onInput: (v) => this.setDraft(q, v),
    });
  }

  private renderInterview(): TemplateResult {
    const questions = visibleQuestions(this.answers, this.flowOptions());
    const groups: Array<Theme | 'profil'> = ['profil', ...THEMES];
    const errors = questions
      .filter((q) => this.errors[q.key])
      .map((q) => ({ id: fieldId(q.key), message: `${q.label} ${this.errors[q.key]}` }));
    return html`<section part="interview" data-screen="interview" aria-labelledby="pq-interview-title">
      <h2 id="pq-interview-title" tabindex="-1">${this.t('titleMediation')}</h2>
      <p>${this.t('answeredCount', { count: Object.keys(this.answers).length })}</p>
      <form novalidate @submit=${this.onInterviewSubmit}>
        ${errorSummary(this, { errors })}
        ${groups.map((g) => {
          const qs = questions.filter((q) => q.group === g);
          if (!qs.length) return nothing;
          return html`<section aria-labelledby=${`pq-group-${g}`}>
            <h3 id=${`pq-group-${g}`}>${this.themeLabel(g)}</h3>
            ${qs.map((q) => this.renderField(q, true))}
          </section>`;
        })}
        <div class="pq-actions">
          ${button({ label: this.t('interviewSubmit'), type: 'submit', variant: 'primary' })}
          ${button({ label: this.t('erase'), variant: 'link', onClick: this.onErase })}
        </div>
      </form>
    </section>`;
  }

  private renderRight(r: ShownRight): TemplateResult {
    const headingLevel = 4 as const;
    const cardId = `pq-r-${r.id.replace(/[^a-zA-Z0-9]+/g, '-')}`;
    const amount = this.amountText(r);
    const missing = r.status === 'possible' ? this.missingQuestions(r) : [];
    const whyId = `${cardId}-why`;
    const falcOnPage =
      !r.local && typeof document !== 'undefined' && !!document.querySelector('passerelle-falc');
    const statusIcon =
      r.status === 'eligible'
        ? '✓'
        : r.status === 'possible'
          ? '?'
          : r.status === 'already_received'
            ? '✓'
            : '×';
    const content = html`
      ${
        r.local
          ? html`<p class="pq-local">${this.t('localAid')}${r.publisher ? ` · ${this.t('publisher', { name: r.publisher })}` : ''}</p>`
          : nothing
      }
      <p class="pq-status pq-status--${r.status}">
        <span class="pq-status__icon" aria-hidden="true">${statusIcon}</span><span>${this.statusText(r)}</span>
      </p>
      ${r.description ? html`<p>${r.description}</p>` : nothing}
      ${amount ? html`<p>${amount}</p>` : nothing}
      ${
        missing.length
          ? html`<div>
            <p>${this.t('settleWith')}</p>
            <ul>
              ${missing.map(
                (m) =>
                  html`<li>
                    ${m.label}
                    ${button({ label: this.t('answerNow'), variant: 'link', onClick: () => this.answerMissing(m.key) })}
                  </li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${disclosure({
        id: whyId,
        summary: html`${this.t('why')}<span class="pa-visually-hidden"> (${r.label})</span>`,
        open: !!this.open[whyId],
        onToggle: (o) => {
          this.open = { ...this.open, [whyId]: o };
        },
        content: html`<ul class="pq-reasons">
          ${r.reasons.map(
            (reason) =>
              html`<li>
                <span class="pq-reason-mark" aria-hidden="true">${reason.unknown ? '?' : reason.met ? '✓' : '×'}</span>${reason.text}
              </li>`,
          )}
        </ul>`,
      })}
      ${
        r.status === 'not_eligible'
          ? nothing
          : html`${
              r.procedure?.steps.length || r.procedure?.papers.length || r.procedure?.url
                ? html`<h5 class="pa-heading">${this.t('whatToDo')}</h5>`
                : nothing
            }
            ${this.procedureLists(r)}
            ${
              r.procedure?.url
                ? html`<p>
                  <a class="pa-link" href=${r.procedure.url} target="_blank" rel="noopener noreferrer"
                    >${this.t('applyLink')} <span class="pa-visually-hidden">(${r.label})</span></a
                  >
                </p>`
                : nothing
            }
            <p><strong>${this.t('whoCanHelp')}</strong> : ${this.contactsText(r)}</p>
            ${r.contact?.phone ? html`<p>${r.contact.phone}${r.contact.hours ? ` · ${r.contact.hours}` : ''}</p>` : nothing}
            <div class="pq-actions pq-noprint">
              ${button({
                label: html`${this.t('findHelp')}<span class="pa-visually-hidden"> : ${r.label}</span>`,
                variant: 'secondary',
                onClick: () => this.findHelp(r),
              })}
              ${
                falcOnPage
                  ? button({
                      label: html`${this.t('falc')}<span class="pa-visually-hidden"> : ${r.label}</span>`,
                      variant: 'link',
                      onClick: () => this.openFalc(r),
                    })
                  : !r.local && this.falcHref
                    ? html`<a class="pa-link" href=${this.falcHref.replaceAll('{right}', encodeURIComponent(r.id))}
                      >${this.t('falc')}<span class="pa-visually-hidden"> : ${r.label}</span></a
                    >`
                    : nothing
              }
            </div>
            ${this.helpMessages[r.id] ? html`<p class="pa-hint">${this.helpMessages[r.id]}</p>` : nothing}`
      }
    `;
    return card({ id: cardId, heading: r.label, headingLevel, content });
  }

  private missingQuestions(r: ShownRight): Array<{ key: string; label: string }> {
    const situation = answersToSituation(this.answers, { month: this.evalMonth });
    const seen = new Set<string>();
    const out: Array<{ key: string; label: string }> = [];
    for (const path of r.missing) {
      const q = questionForMissing(path, situation);
      if (!q) continue;
      const index = /child:(\d+)/.exec(
        path.replace(/members\[(\d+)\]/, (_m, i: string) => {
          const member = situation.household.members[Number(i)];
          const k = member
            ? situation.household.members.filter((m) => m.role === 'child').indexOf(member)
            : -1;
          return k >= 0 ? `members[child:${k}]` : _m;
        }),
      )?.[1];
      const key = q.repeat && index !== undefined ? `${q.id}[${index}]` : q.id;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        key,
        label: q.label.replaceAll('{n}', index !== undefined ? String(Number(index) + 1) : ''),
      });
    }
    return out;
  }

  private renderResults(): TemplateResult {
    const { rights, monthlyTotal } = unclaimed(this.rights);
    const received = this.rights.filter((r) => r.status === 'already_received');
    const notEligible = this.rights.filter((r) => r.status === 'not_eligible');
    const themes = this.isMediation ? [...THEMES] : this.chosenThemes;
    const notEligibleId = 'pq-not-eligible';
    return html`<section part="results" data-screen="results" aria-labelledby="pq-results-title">
      <h2 id="pq-results-title" tabindex="-1">${this.t('resultsTitle')}</h2>
      ${this.rulesError ? alert(this, { tone: 'error', content: this.rulesError }) : nothing}
      <div class="pq-summary" part="summary">
        <p class="pq-total">${this.t('summaryCount', { count: rights.length })}</p>
        ${monthlyTotal > 0 ? html`<p>${this.t('summaryTotal', { amount: this.formatEuro(monthlyTotal) })}</p>` : nothing}
        <p>${this.t('resultsIntro')}</p>
      </div>
      ${themes.map((theme) => {
        const list = rights.filter((r) => r.theme === theme);
        if (!list.length) return nothing;
        return html`<section aria-labelledby=${`pq-theme-${theme}`}>
          <h3 id=${`pq-theme-${theme}`}>${this.themeLabel(theme)}</h3>
          <ul class="pq-rights">
            ${list.map((r) => html`<li data-right=${r.id} data-status=${r.status}>${this.renderRight(r)}</li>`)}
          </ul>
        </section>`;
      })}
      ${
        received.length
          ? html`<section aria-labelledby="pq-received">
            <h3 id="pq-received">${this.t('received')}</h3>
            <ul>
              ${received.map((r) => html`<li>${r.label}</li>`)}
            </ul>
          </section>`
          : nothing
      }
      ${
        notEligible.length
          ? disclosure({
              id: notEligibleId,
              summary: this.t('notEligible', { count: notEligible.length }),
              open: !!this.open[notEligibleId],
              onToggle: (o) => {
                this.open = { ...this.open, [notEligibleId]: o };
              },
              // Rendered only when opened: most rights land here, and the results must show fast.
              content: this.open[notEligibleId]
                ? html`<ul class="pq-rights">
                  ${notEligible.map((r) => html`<li data-right=${r.id} data-status=${r.status}>${this.renderRight(r)}</li>`)}
                </ul>`
                : nothing,
            })
          : nothing
      }
      ${this.isMediation ? this.renderChecklist() : nothing}
      <div class="pq-actions pq-noprint">
        ${button({
          label: this.t('bilanOpen'),
          variant: 'primary',
          onClick: () => {
            this.screen = 'bilan';
            this.focusAfterRender('h2');
          },
        })}
        ${button({ label: this.t('download'), variant: 'secondary', onClick: this.onDownload })}
        ${button({
          label: this.t('edit'),
          variant: 'secondary',
          onClick: () => {
            if (this.isMediation) {
              this.screen = 'interview';
              this.focusAfterRender('h2');
            } else {
              this.future = [];
              const last = this.history[this.history.length - 1];
              const q = last
                ? visibleQuestions(this.answers, this.flowOptions()).find((x) => x.key === last)
                : undefined;
              this.history = this.history.slice(0, -1);
              this.goTo(q ?? nextQuestion({}, this.flowOptions()));
            }
          },
        })}
        ${this.saving ? nothing : button({ label: this.t('save'), variant: 'link', onClick: this.onSave })}
        ${button({ label: this.t('erase'), variant: 'link', onClick: this.onErase })}
      </div>
    </section>`;
  }

  private renderChecklist(): TemplateResult {
    return html`<div class="pq-checklist" part="checklist">
      ${THEMES.map((theme) => {
        const list = this.rights.filter((r) => r.theme === theme);
        if (!list.length) return nothing;
        return html`<section aria-labelledby=${`pq-check-${theme}`}>
          <h3 id=${`pq-check-${theme}`}>${this.t('checklistTitle', { theme: this.themeLabel(theme) })}</h3>
          ${list.map((r) => {
            const entry = this.checklist[r.id] ?? { state: 'to_open' as const, orientedTo: '', note: '' };
            const base = `pq-c-${r.id.replace(/[^a-zA-Z0-9]+/g, '-')}`;
            const update = (patch: Partial<ChecklistEntry>) => {
              const now = this.checklist[r.id] ?? entry;
              this.checklist = { ...this.checklist, [r.id]: { ...now, ...patch } };
              this.persist();
            };
            return html`<div class="pq-checklist-item">
              ${radioGroup(this, {
                id: `${base}-state`,
                label: this.t('checklistStatus', { right: r.label }),
                hint: this.statusText(r),
                inline: true,
                options: (Object.keys(CHECKLIST_KEYS) as ChecklistEntry['state'][]).map((s) => ({
                  value: s,
                  label: this.t(CHECKLIST_KEYS[s]),
                })),
                value: entry.state,
                onChange: (v) => update({ state: v as ChecklistEntry['state'] }),
              })}
              ${
                entry.state === 'oriented'
                  ? textField(this, {
                      id: `${base}-to`,
                      label: this.t('orientedTo', { right: r.label }),
                      value: entry.orientedTo,
                      onInput: (v) => update({ orientedTo: v }),
                    })
                  : nothing
              }
              <div class="pa-field">
                <label class="pa-label" for=${`${base}-note`}>${this.t('note', { right: r.label })}</label>
                <textarea
                  id=${`${base}-note`}
                  class="pq-note"
                  .value=${entry.note}
                  @input=${(e: Event) => update({ note: (e.target as HTMLTextAreaElement).value })}
                ></textarea>
              </div>
            </div>`;
          })}
        </section>`;
      })}
    </div>`;
  }

  /** The steps and the papers to prepare of a right: in its card and in the bilan alike. */
  private procedureLists(r: ShownRight): TemplateResult {
    const steps = r.procedure?.steps ?? [];
    const papers = r.procedure?.papers ?? [];
    return html`${steps.length ? html`<ol>${steps.map((s) => html`<li>${s}</li>`)}</ol>` : nothing}
    ${
      papers.length
        ? html`<p>${this.t('papers')} :</p>
          <ul>
            ${papers.map((p) => html`<li>${p}</li>`)}
          </ul>`
        : nothing
    }`;
  }

  /** What "Mon bilan" says, printed and downloaded alike. */
  private bilanContent(): TemplateResult {
    const { rights, monthlyTotal } = unclaimed(this.rights);
    const received = this.rights.filter((r) => r.status === 'already_received');
    const name = this.bilanName.trim();
    return html`${name ? html`<p><strong>${name}</strong></p>` : nothing}
      <p class="pq-bilan-meta">${this.t('bilanDate', { date: this.formatDate(new Date()) })}</p>
      <div class="pq-summary" part="summary">
        <p class="pq-total">${this.t('summaryCount', { count: rights.length })}</p>
        ${monthlyTotal > 0 ? html`<p>${this.t('summaryTotal', { amount: this.formatEuro(monthlyTotal) })}</p>` : nothing}
      </div>
      ${THEMES.map((theme) => {
        const list = rights.filter((r) => r.theme === theme);
        if (!list.length) return nothing;
        return html`<h3>${this.themeLabel(theme)}</h3>
          <ul class="pq-rights">
            ${list.map((r) => {
              return html`<li>
                <h4>${r.label}</h4>
                <p>${this.statusText(r)}${this.amountText(r) ? ` — ${this.amountText(r)}` : ''}</p>
                ${this.procedureLists(r)}
                ${r.procedure?.url ? html`<p>${this.t('applyLink')} : ${r.procedure.url}</p>` : nothing}
                <p>${this.contactsText(r)}${r.contact?.phone ? ` · ${r.contact.phone}` : ''}</p>
              </li>`;
            })}
          </ul>`;
      })}
      ${
        received.length
          ? html`<h3>${this.t('received')}</h3>
            <ul>
              ${received.map((r) => html`<li>${r.label}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.isMediation && this.rights.length
          ? html`<h3>${this.t('checklistTitle', { theme: '' }).replace(/\s*:\s*$/, '')}</h3>
            <table>
              <tbody>
                ${this.rights.map((r) => {
                  const entry = this.checklist[r.id] ?? {
                    state: 'to_open' as const,
                    orientedTo: '',
                    note: '',
                  };
                  return html`<tr>
                    <th scope="row">${r.label}</th>
                    <td>
                      ${this.t(CHECKLIST_KEYS[entry.state])}${entry.state === 'oriented' && entry.orientedTo ? ` : ${entry.orientedTo}` : ''}
                    </td>
                    <td>${entry.note}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`
          : nothing
      }`;
  }

  private renderBilan(): TemplateResult {
    return html`<section part="bilan" data-screen="bilan" aria-labelledby="pq-bilan-title">
      <h2 id="pq-bilan-title" tabindex="-1">${this.t('bilanTitle')}</h2>
      <div class="pq-noprint">
        ${textField(this, {
          id: 'pq-name',
          label: this.t('bilanName'),
          hint: this.t('bilanNameHint'),
          value: this.bilanName,
          autocomplete: 'name',
          onInput: (v) => {
            this.bilanName = v;
          },
        })}
      </div>
      ${this.bilanContent()}
      <div class="pq-actions pq-noprint">
        ${button({ label: this.t('print'), variant: 'primary', onClick: this.onPrint })}
        ${button({ label: this.t('download'), variant: 'secondary', onClick: this.onDownload })}
        ${button({
          label: this.t('backToResults'),
          variant: 'secondary',
          onClick: () => {
            this.screen = 'results';
            this.focusAfterRender('h2');
          },
        })}
      </div>
    </section>`;
  }
}
