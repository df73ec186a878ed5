import { THEMES, type Theme } from '@passerelle/rules';
import type { FlowMode } from '@passerelle/rules/flow';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { alert, blockStyles, PasserelleElement, statusRegion } from '../base/index.js';
import { HostDataController } from './host-data.js';
import { type MessageKey, messages } from './messages.js';
import { renderStart } from './screens/start.js';
import { QuestionnaireController, type Screen } from './session-controller.js';
import { questionnaireStyles } from './styles.js';

/** What a screen other than the start screen shows before the engine arrives (never reached: see render). */
const loading = (): TemplateResult => html``;

/**
 * The bilan d'accès aux droits: a person alone (public mode) or with a mediator (accompagnement mode)
 * finds which rights they may have and do not claim, why, roughly how much, what to do and who can help,
 * and leaves with a copy. It renders the session of `@passerelle/rules/flow`; no rule lives here.
 * Nothing the person answers is sent over the network.
 *
 * The element holds the API and the render switch; `QuestionnaireController` holds the state and the
 * actions, `HostDataController` the host's files, and each screen has its own file in `screens/`.
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
 * @csspart summary - The box with the number of rights paid monthly and their monthly total.
 * @csspart bilan - The "Mon bilan" screen: print, download or share the fiche de liaison.
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
 * @event passerelle-questionnaire-start - The person started. `detail: { mode, themes }`.
 * @event passerelle-questionnaire-step - A new question is shown. `detail: { step, total, question }` (question id, never an answer).
 * @event passerelle-questionnaire-complete - Results are shown. `detail: { rights: Array<{ id, status }> }`, never answers.
 * @event passerelle-questionnaire-reset - The person erased their answers.
 * @event passerelle-questionnaire-find-help - "Trouver un lieu d'aide" was pressed. `detail: { right, need, contacts }`.
 *   Cancel it to handle the search yourself; otherwise a `<passerelle-partner-finder>` on the page is opened.
 */
export class PasserelleQuestionnaire extends PasserelleElement {
  // The mediator's styles come with its workspace (mediation.ts), in accompagnement mode only.
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
    hostName: { type: String, attribute: 'host-name' },
    booking: { type: String },
    retentionDays: { type: Number, attribute: 'retention-days' },
  };

  /** `public` (default): a person alone, fewest questions. `accompagnement`: a mediator, every theme. */
  mode: FlowMode = 'public';
  /** Themes offered first, space or comma separated (famille emploi logement sante transport ressources). All by default. */
  themes = '';
  /** INSEE code of the host commune: preset answer of the commune question, used for local aids. */
  commune = '';
  /** Month evaluated, YYYY-MM; the current month by default (and when the month given is not covered). */
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
  /** Name of the host printed on the fiche de liaison (e.g. "CCAS de Belleville-sur-Marne"). */
  hostName = '';
  /**
   * Booking addresses shown on each right's card and on the fiche: `ccas=https://…; retraite=https://…`
   * (keys: a partner type, a need, or `*`), or the same as a JSON object.
   */
  booking = '';
  /** Accompagnement mode: days a mediator's bilan is kept on the device after its last change (30 by default). */
  retentionDays = 30;

  /** The host's files (local aids, communes). */
  readonly data = new HostDataController(this);
  /** The state of the questionnaire and what the person can do. */
  readonly flow = new QuestionnaireController(this);

  private warnedMonth = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Tolerate the attribute name webmasters guess most, and say which one is right.
    if (!this.localAidsSrc && this.hasAttribute('local-aids-url')) {
      console.warn(
        '[passerelle-questionnaire] écrivez local-aids-src="…" (local-aids-url est lu pour le moment).',
      );
      this.localAidsSrc = this.getAttribute('local-aids-url') ?? '';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('themes' as keyof PasserelleQuestionnaire) && this.flow.screen === 'start')
      this.flow.chosenThemes = this.themesFromAttribute();
  }

  /** Resolves when the local aids file (if any) is loaded or has failed. For tests and hosts. */
  get localAidsReady(): Promise<void> {
    return this.data.ready;
  }

  /** Resolves when the engine (every screen after the start screen) is loaded. For tests and hosts. */
  get engineReady(): Promise<void> {
    return this.flow.engineReady.then(() => undefined);
  }

  /**
   * The month evaluated: `month` when the rules cover it, else the current month (with a warning). Read
   * once the engine is loaded (after the start screen).
   */
  get evalMonth(): string {
    const engine = this.flow.engine;
    if (!engine) throw new Error('[passerelle-questionnaire] evalMonth est lu avant le chargement du moteur');
    const { month, warning } = engine.resolveMonth(this.month);
    if (warning && this.warnedMonth !== this.month) {
      this.warnedMonth = this.month;
      console.warn(`[passerelle-questionnaire] ${warning}`);
    }
    return month;
  }

  /** A string of the questionnaire in the current locale. */
  t(key: MessageKey, params?: Record<string, string | number>): string {
    return this.msg(messages, key, params);
  }

  /** The themes of the `themes` attribute, every theme when none is valid. */
  themesFromAttribute(): Theme[] {
    const asked = this.themes
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s): s is Theme => (THEMES as readonly string[]).includes(s));
    return asked.length ? asked : [...THEMES];
  }

  override render() {
    const c = this.flow;
    const e = c.engine;
    // Only the start screen renders before the engine is loaded: every other screen is reached through it.
    const screens: Record<Screen, () => TemplateResult> = e
      ? {
          start: () => renderStart(c),
          question: () => e.renderQuestion(c),
          interview: () => c.mediation.screens?.renderInterview(c, e) ?? loading(),
          results: () => e.renderResults(c),
          bilan: () => c.bilanScreen?.renderBilan(c) ?? loading(),
        }
      : {
          start: () => renderStart(c),
          question: loading,
          interview: loading,
          results: loading,
          bilan: loading,
        };
    const problem = this.data.problem;
    return html`<div class="pq ${c.isMediation ? 'pq-dense' : ''}" lang=${this.langTag} dir=${this.textDirection}>
      ${
        problem
          ? alert(this, {
              tone: 'warning',
              content: this.t(problem === 'partial' ? 'configErrorPartial' : 'configError'),
            })
          : nothing
      }
      ${screens[c.screen]()}
      ${statusRegion(c.statusMessage)}
      ${c.eraseDialog.render({
        id: 'pq-erase',
        heading: this.t('eraseHeading'),
        content: html`<p>${this.t('eraseText')}</p>`,
        confirmLabel: this.t('eraseConfirm'),
        tone: 'danger',
        onConfirm: c.confirmErase,
      })}
    </div>`;
  }
}
