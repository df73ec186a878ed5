import {
  CONTENT_INDEX,
  type Explanation,
  type GlossaryEntry,
  type Locale as ContentLocale,
  loadExplanation,
  loadTitles,
  type SectionId,
} from '@passerelle/content/lazy';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { actionStyles, coreStyles, PasserelleElement, statusRegion } from '../base/index.js';
import { falcMessages } from './messages.js';
import { PICTOGRAMS } from './pictograms.js';
import { type ReadAloudOptions, ReadAloudController, type ReadItem } from './read-aloud.js';
import { falcStyles } from './styles.js';
import { heading, listTitle, oneLine, renderLexicon, rightFromAddress } from './views.js';
import { HardWords, WORD_HINT_ID } from './words.js';

export { rightFromAddress };

const TITLE_ID = 'falc-title';

interface LoadedView {
  key: string;
  /** Undefined for a right without content. */
  explanation: Explanation | undefined;
  /** The amounts of the date asked could not be computed: these are today's. */
  amountError: boolean;
  /** The text could not be fetched (offline, server error). */
  failed: boolean;
}
const LIST_ID = 'falc-list-title';

/**
 * A right explained in easy-to-read French (FALC), easy English or easy Arabic, from `@passerelle/content`: the right's
 * name as a heading, five sections (what, who, how much, how, who can help) with headings one level below,
 * hard words that open their definition in place, a pictogram per section, read-aloud one sentence at a time
 * (in a voice of the text's language; the button hides when the browser has none), and a link to the
 * official page. The right comes from the `right` attribute, else from the page address: `#droit=<id>`
 * (stays in the browser) or `?droit=<id>`, so that the questionnaire's `falc-href="…#droit={right}"` opens
 * it. Without one, it lists the rights to choose from. Each right's text is fetched on first use
 * ("Chargement…" in the status region meanwhile, an error with a retry button if it fails);
 * `updateComplete` resolves once the text asked for is shown. On an Arabic page everything is in Arabic,
 * right to left, French names, amounts and web addresses isolated in `<bdi>`; on a Portuguese, Turkish or
 * Ukrainian page the buttons and messages follow the page and the explanation stays in French (marked
 * `lang="fr"`, definitions announced so too). Arabic and English texts are drafts awaiting review by native
 * speakers.
 *
 * @summary Une aide expliquée en FALC, avec lexique et lecture à voix haute.
 * @tagname passerelle-falc
 * @since 0.1.0
 *
 * @attr {string} right - Id of the right (`rsa`, `af`, `css`…). Empty: `#droit=` or `?droit=` of the page address, else a list of rights to choose from.
 * @attr {number} heading-level - Level of the right's name, 2 by default; its sections are one level below.
 * @attr {string} date - Date of the amounts, `YYYY-MM-DD` or `YYYY-MM`; today by default.
 * @attr {string} lang - `fr` (default), `en`, `ar` (right to left); `pt`, `tr`, `uk`: buttons in that language, text in French. Read from the nearest ancestor too.
 *
 * @event passerelle-falc-select - A right was chosen in the list; `detail.right` is its id.
 *
 * @csspart title - The name of the right.
 * @csspart heading - Every heading.
 * @csspart pictogram - The pictogram next to a section heading.
 * @csspart word - A hard-word button.
 * @csspart definition - The definition shown under a sentence.
 * @csspart controls - The read-aloud buttons.
 * @csspart official-link - The link to the full official page.
 * @csspart badge - The "Facile à lire" badge (reviewed texts only; a draft shows nothing).
 *
 * @cssproperty --passerelle-falc-font-size - Text size, 1.125em by default (at least 18 px with a 16 px base).
 * @cssproperty --passerelle-falc-font-family - Font; defaults to --passerelle-font-family, then inherit.
 * @cssproperty --passerelle-falc-highlight - Background of the sentence being read.
 * @cssproperty --passerelle-falc-max-width - Line length, 38em by default.
 */
export class PasserelleFalc extends PasserelleElement {
  static override styles = [PasserelleElement.styles, coreStyles, actionStyles, falcStyles];

  static override properties = {
    right: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    date: { type: String },
    // Internal reactive state (no decorators: their runtime would ship with the widget).
    chosen: { state: true, attribute: false },
    fromAddress: { state: true, attribute: false },
    speakingId: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** Id of the right to explain; empty: `#droit=` or `?droit=` of the page address, else the list of rights. */
  right = '';
  /** Level of the right's name (2 to 6); its sections are one level below. */
  headingLevel = 2;
  /** Date of the amounts (YYYY-MM-DD or YYYY-MM); today when empty. */
  date = '';

  /** @internal A right picked in the list (the attribute stays as the host set it). */
  protected chosen = '';
  /** @internal The right named by the page address (`#droit=` or `?droit=`). */
  protected fromAddress = '';
  /** @internal Id of the sentence being read aloud. */
  protected speakingId = '';
  /** @internal Content of the status region. */
  protected status: string | TemplateResult = '';

  protected readonly reader: ReadAloudController;
  protected readonly words: HardWords;

  constructor(readAloud: ReadAloudOptions = {}) {
    super();
    this.reader = new ReadAloudController(this, {
      ...readAloud,
      onSentence: (item) => this.onSentence(item),
    });
    this.words = new HardWords(
      this,
      (entry) => this.announceDefinition(entry),
      () => ({
        speakingId: this.speakingId,
        rtl: this.contentDir === 'rtl',
        colon: this.contentLocale === 'fr' ? ' :' : ':',
      }),
    );
  }

  /** Content language: the page's when a text exists in it (fr, en, ar), French otherwise. */
  get contentLocale(): ContentLocale {
    const l = this.locale;
    return l === 'en' || l === 'ar' ? l : 'fr';
  }

  /** Direction of the explanation: Arabic is written right to left. */
  get contentDir(): 'ltr' | 'rtl' {
    return this.contentLocale === 'ar' ? 'rtl' : 'ltr';
  }

  /** Buttons and messages follow the page (Arabic included), the explanation follows contentLocale. */
  private get t() {
    return falcMessages.bind(this.locale);
  }

  private get activeRight(): string {
    return this.chosen || this.right || this.fromAddress;
  }

  private readonly onAddress = (): void => {
    this.fromAddress = globalThis.location ? rightFromAddress(globalThis.location.href) : '';
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.onAddress();
    globalThis.addEventListener?.('hashchange', this.onAddress);
    globalThis.addEventListener?.('popstate', this.onAddress);
  }

  /** The last text loaded (or failed to load), for `key` = right|locale|date. */
  #view: LoadedView | undefined;
  /** Key of the text being loaded; empty when none. */
  #loadingKey = '';
  #pending: Promise<void> | undefined;

  private get viewKey(): string {
    return `${this.activeRight}|${this.contentLocale}|${this.date}`;
  }

  /** Starts loading the active right's text unless it is shown or on its way. */
  private ensureLoaded(): void {
    const key = this.viewKey;
    if (!this.activeRight || this.#view?.key === key || this.#loadingKey === key) return;
    this.#loadingKey = key;
    this.status = this.t('loading');
    const p = this.fetchView(key, this.activeRight).then((view) => {
      if (this.#loadingKey !== key) return; // superseded by another right, language or date
      this.#loadingKey = '';
      this.#view = view;
      if (this.status === this.t('loading')) this.status = '';
      this.requestUpdate();
    });
    this.#pending = p;
    p.finally(() => {
      if (this.#pending === p) this.#pending = undefined;
    });
  }

  private async fetchView(key: string, id: string): Promise<LoadedView> {
    const date = this.date || undefined;
    try {
      return { key, explanation: await this.loadExplanation(id, date), amountError: false, failed: false };
    } catch (e) {
      // A date outside the parameters' history: today's amounts, and a message that says so.
      if (date && (e as Error | undefined)?.name === 'ContentError')
        try {
          return {
            key,
            explanation: await this.loadExplanation(id, undefined),
            amountError: true,
            failed: false,
          };
        } catch {
          // falls through: the text itself could not be loaded
        }
      return { key, explanation: undefined, amountError: false, failed: true };
    }
  }

  /**
   * Where the text comes from (a subclass may serve other content, e.g. a reviewed local text). Rejects
   * when it cannot be fetched; a ContentError means the amounts cannot be computed at `date`.
   */
  protected loadExplanation(id: string, date: string | undefined): Promise<Explanation | undefined> {
    return loadExplanation(id, this.contentLocale, date ? { date } : {});
  }

  /** Resolves after the render that shows the text asked for (or the error), not just the next render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#pending || this.#arTitlesPending) {
      await (this.#pending ?? this.#arTitlesPending);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Arabic titles of the list (fetched apart, on an Arabic page only); undefined until they arrive. */
  #arTitles: Readonly<Record<string, string>> | undefined;
  #arTitlesPending: Promise<void> | undefined;

  private ensureArabicTitles(): void {
    if (this.contentLocale !== 'ar' || this.#arTitles || this.#arTitlesPending) return;
    // On failure (offline) the list shows the French titles, marked so.
    this.#arTitlesPending = loadTitles('ar')
      .then((t) => {
        this.#arTitles = t;
      })
      .catch(() => {})
      .finally(() => {
        this.#arTitlesPending = undefined;
        this.requestUpdate();
      });
  }

  private renderedFor = '';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('right') || changed.has('fromAddress')) this.chosen = '';
    // A new right or a new language: stop reading and close the definitions.
    const key = `${this.activeRight}|${this.contentLocale}`;
    if (key !== this.renderedFor) {
      this.renderedFor = key;
      this.reader.stop();
      this.words.reset();
      this.speakingId = '';
    }
    this.reader.setLanguage(this.contentLocale);
    this.ensureLoaded();
    this.ensureArabicTitles();
  }

  override render() {
    const lang = this.contentLocale;
    const loading =
      (this.activeRight !== '' && this.#view?.key !== this.viewKey) ||
      (!this.activeRight && this.#arTitlesPending !== undefined);
    const view = loading || !this.activeRight ? undefined : this.#view;
    const body = loading
      ? nothing
      : view?.failed
        ? this.renderLoadError()
        : view?.explanation
          ? this.renderExplanation(view.explanation, view.amountError)
          : this.renderList(this.activeRight !== '');
    // While a text loads, the status region is the only content: shown, not just announced.
    // The explanation keeps its language and direction inside a page in another language.
    return html`<div class="falc" lang=${this.locale} dir=${this.textDirection} data-content-lang=${lang}>
      ${body}
      <span id=${WORD_HINT_ID} class="pa-visually-hidden">${this.t('wordHint')}</span>
      ${statusRegion(this.status, { visible: loading })}
    </div>`;
  }

  private renderLoadError() {
    return html`<div class="pa-alert pa-alert--error load-error" role="alert" part="alert">
      <p>${this.t('loadError')}</p>
      <button type="button" class="pa-button pa-button--secondary" part="button" data-action="retry" @click=${() => this.retry()}>
        ${this.t('retry')}
      </button>
    </div>`;
  }

  /** Tries again to fetch the text that failed, then moves focus to its title (or back to the button). */
  private async retry(): Promise<void> {
    this.#view = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.focusShown();
  }

  private focusShown(): void {
    if (this.#view?.explanation) this.focusId(TITLE_ID);
    else this.renderRoot.querySelector<HTMLElement>('[data-action="retry"]')?.focus();
  }

  // --- list of rights --------------------------------------------------------------------------------

  private renderList(unknown: boolean) {
    return html`${heading(this.headingLevel, LIST_ID, this.t('chooseHeading'), 'heading')}
      ${unknown ? html`<p class="pa-alert pa-alert--warning" part="alert">${this.t('unknownRight', { right: this.activeRight })}</p>` : nothing}
      <p>${this.t('chooseIntro')}</p>
      <ul class="choices" aria-labelledby=${LIST_ID}>
        ${CONTENT_INDEX.map(
          (c) => html`<li>
            <button type="button" class="pa-button pa-button--secondary choice" part="button" @click=${() => this.choose(c.id)}>
              ${listTitle(c, this.contentLocale, this.#arTitles)}
            </button>
          </li>`,
        )}
      </ul>`;
  }

  private async choose(id: string): Promise<void> {
    this.chosen = id;
    this.dispatchEvent(
      new CustomEvent('passerelle-falc-select', { detail: { right: id }, bubbles: true, composed: true }),
    );
    await this.updateComplete;
    const shown = this.#view?.explanation;
    if (shown) this.status = this.t('opened', { title: shown.title });
    this.focusShown();
  }

  private async backToList(): Promise<void> {
    this.chosen = '';
    await this.updateComplete;
    this.focusId(LIST_ID);
  }

  private focusId(id: string): void {
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  // --- one right -------------------------------------------------------------------------------------

  private renderExplanation(e: Explanation, amountError: boolean) {
    // The review status of a draft stays in the data and the docs: the public sees only the badge of a
    // text reviewed by people concerned.
    const status = e.status;
    const reviewedOn =
      e.reviewed && status.state === 'relu par des personnes concernées' ? status.reviewedOn : '';
    return html`<article aria-labelledby=${TITLE_ID}>
      ${heading(this.headingLevel, TITLE_ID, html`<span lang=${this.contentLocale} dir=${this.contentDir}>${this.words.sentence('say-title', e.title)}</span>`, 'title', 'title')}
      ${
        reviewedOn
          ? html`<div class="meta">
              <span class="badge" part="badge">${this.t('easyToRead')}</span>
              <span>${this.t('reviewed', { date: this.formatDate(reviewedOn) })}</span>
            </div>`
          : nothing
      }
      ${amountError ? html`<p class="pa-alert pa-alert--warning" part="alert">${this.t('amountError')}</p>` : nothing}
      ${this.renderControls(e)}
      ${e.sections.map((s) => this.renderSection(e, s.id, s.heading, s.blocks))}
      ${renderLexicon(e, this.headingLevel + 1, this.t('lexicon'), this.contentDir)}
      <p class="official">
        <a href=${e.officialUrl} part="official-link">${this.t('officialLink')}</a>
      </p>
      ${this.chosen ? html`<p><button type="button" class="pa-button pa-button--link" part="button" @click=${() => this.backToList()}>${this.t('backToList')}</button></p>` : nothing}
    </article>`;
  }

  private renderControls(e: Explanation) {
    if (!this.reader.available) return nothing;
    const state = this.reader.state;
    // One button that listens, pauses or resumes: the same element, so focus stays on it.
    const [action, icon, run] =
      state === 'idle'
        ? (['listen', '▶', () => this.listen(e)] as const)
        : state === 'speaking'
          ? (['pause', '❚❚', () => this.pauseReading()] as const)
          : (['resume', '▶', () => this.resumeReading()] as const);
    return html`<div class="controls" role="group" aria-label=${this.t('readAloud')} part="controls">
      <button type="button" class="pa-button pa-button--primary" data-action=${action} @click=${run}>
        <span aria-hidden="true">${icon}</span> ${this.t(action)}
      </button>
      <button type="button" class="pa-button pa-button--secondary" data-action="stop" ?disabled=${state === 'idle'} @click=${() => this.stopReading()}>
        <span aria-hidden="true">■</span> ${this.t('stop')}
      </button>
    </div>`;
  }

  private renderSection(
    e: Explanation,
    id: SectionId,
    title: string,
    blocks: Explanation['sections'][number]['blocks'],
  ) {
    // Only the first use of a hard word in a section becomes a button: enough to find it, not a maze.
    const seen = new Set<string>();
    let n = 0;
    const line = (text: string) =>
      this.words.sentence(`s-${id}-${n++}`, text, { glossary: e.glossary, seen, section: id });
    return html`<div class="section" part="section" lang=${this.contentLocale} dir=${this.contentDir}>
      <div class="section-head">
        <span class="picto" part="pictogram" aria-hidden="true">${unsafeSVG(PICTOGRAMS[id])}</span>
        ${heading(this.headingLevel + 1, `h-${id}`, this.words.sentence(`say-h-${id}`, title), 'heading')}
      </div>
      ${blocks.map((b) =>
        b.type === 'paragraph'
          ? html`<p>${b.sentences.map((s) => line(s))}</p>`
          : html`<ul>${b.items.map((s) => html`<li>${line(s)}</li>`)}</ul>`,
      )}
    </div>`;
  }

  /**
   * Announces an opened definition itself, not that something opened. On a page whose language has no text
   * (pt, tr, uk) the definition is French: the announcement is marked so.
   */
  private announceDefinition(entry: GlossaryEntry): void {
    const text = this.t('definitionOpen', { word: entry.term, definition: oneLine(entry.definition) });
    this.status =
      this.contentLocale === this.locale ? text : html`<span lang=${this.contentLocale}>${text}</span>`;
  }

  // --- read-aloud ------------------------------------------------------------------------------------

  /** The sentences in reading order: title, then each heading and its sentences. */
  readItems(e: Explanation): ReadItem[] {
    const items: ReadItem[] = [{ id: 'say-title', text: e.title }];
    for (const s of e.sections) {
      items.push({ id: `say-h-${s.id}`, text: s.heading });
      let n = 0;
      for (const b of s.blocks)
        for (const text of b.type === 'paragraph' ? b.sentences : b.items)
          items.push({ id: `s-${s.id}-${n++}`, text });
    }
    return items;
  }

  // One announcement when reading starts and one when it ends: a screen reader must not talk over the voice.
  private listen(e: Explanation): void {
    this.reader.start(this.readItems(e));
    if (this.reader.state === 'speaking') this.status = this.t('readingStarted');
  }

  private pauseReading(): void {
    this.reader.pause();
    this.status = this.t('paused');
    this.focusAction('resume');
  }

  private resumeReading(): void {
    this.reader.resume();
    this.status = this.t('resumed');
    this.focusAction('pause');
  }

  private stopReading(): void {
    this.reader.stop();
    this.status = this.t('stopped');
    this.focusAction('listen');
  }

  /** Keeps keyboard focus on the play/pause button when it changes its role. */
  private async focusAction(action: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  }

  private onSentence(item: ReadItem | undefined): void {
    const root = this.renderRoot as ShadowRoot;
    if (!item && this.speakingId) {
      if (root.activeElement?.matches('[data-action]')) this.focusAction('listen');
      this.status = this.t('readingEnded');
    }
    this.speakingId = item?.id ?? '';
    if (item) {
      this.updateComplete.then(() => {
        this.renderRoot.querySelector(`#${item.id}`)?.scrollIntoView?.({ block: 'nearest' });
      });
    }
  }

  override disconnectedCallback(): void {
    this.reader.stop();
    globalThis.removeEventListener?.('hashchange', this.onAddress);
    globalThis.removeEventListener?.('popstate', this.onAddress);
    super.disconnectedCallback();
  }
}
