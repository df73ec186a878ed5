import {
  CONTENT_INDEX,
  type Explanation,
  findGlossaryTerms,
  type GlossaryEntry,
  type Locale as ContentLocale,
  loadExplanation,
  type SectionId,
} from '@passerelle/content/lazy';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { blockStyles, PasserelleElement, statusRegion } from '../base/index.js';
import { falcMessages } from './messages.js';
import { PICTOGRAMS } from './pictograms.js';
import { type ReadAloudOptions, ReadAloudController, type ReadItem } from './read-aloud.js';

/** A heading of level 2 to 6 (the host page keeps its h1). */
function heading(level: number, id: string, content: unknown, cls: string): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 3:
      return html`<h3 id=${id} class=${cls} part="heading" tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} part="heading" tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} part="heading" tabindex="-1">${content}</h5>`;
    case 6:
      return html`<h6 id=${id} class=${cls} part="heading" tabindex="-1">${content}</h6>`;
    default:
      return html`<h2 id=${id} class=${cls} part="heading" tabindex="-1">${content}</h2>`;
  }
}

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
const WORD_HINT_ID = 'falc-word-hint';

/**
 * A right explained in easy-to-read French (FALC) or easy English, from `@passerelle/content`: five sections
 * (what, who, how much, how, who can help) with real headings, hard words that open their definition in
 * place, a pictogram per section, read-aloud one sentence at a time, and a link to the official page.
 * Without `right`, it lists the rights to choose from. Each right's text is fetched on first use ("Chargement…"
 * in the status region meanwhile, an error with a retry button if it fails); `updateComplete` resolves once
 * the text asked for is shown.
 *
 * @summary Une aide expliquée en FALC, avec lexique et lecture à voix haute.
 * @tagname passerelle-falc
 * @since 0.1.0
 *
 * @attr {string} right - Id of the right (`rsa`, `af`, `css`…). Empty: a list of rights to choose from.
 * @attr {number} heading-level - Level of the section headings, 2 by default. From 3, the right's name is a heading one level above.
 * @attr {string} date - Date of the amounts, `YYYY-MM-DD` or `YYYY-MM`; today by default.
 * @attr {string} lang - `fr` (default) or `en`; read from the nearest ancestor too.
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
 * @csspart badge - The "Facile à lire" badge (reviewed texts only).
 *
 * @cssproperty --passerelle-falc-font-size - Text size, 1.125em by default (at least 18 px with a 16 px base).
 * @cssproperty --passerelle-falc-font-family - Font; defaults to --passerelle-font-family, then inherit.
 * @cssproperty --passerelle-falc-highlight - Background of the sentence being read.
 * @cssproperty --passerelle-falc-max-width - Line length, 38em by default.
 */
export class PasserelleFalc extends PasserelleElement {
  static override styles = [
    PasserelleElement.styles,
    blockStyles,
    css`
      .falc {
        font-family: var(--passerelle-falc-font-family, var(--passerelle-font-family, inherit));
        font-size: var(--passerelle-falc-font-size, 1.125em);
        line-height: 1.5;
        text-align: start;
        hyphens: none;
        word-break: normal;
        max-inline-size: var(--passerelle-falc-max-width, 38em);
      }
      .title {
        font-size: 1.5em;
        font-weight: var(--_pa-bold);
        line-height: 1.3;
        margin-block: 0 var(--_pa-s3);
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_pa-s2) var(--_pa-s4);
        align-items: center;
        margin-block-end: var(--_pa-s4);
      }
      .badge {
        display: inline-block;
        padding: var(--_pa-s1) var(--_pa-s3);
        border: var(--_pa-bw) solid currentColor;
        border-radius: var(--_pa-radius);
        font-weight: var(--_pa-bold);
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_pa-s2);
        margin-block-end: var(--_pa-s4);
      }
      .section {
        margin-block: var(--_pa-s5);
      }
      .section-head {
        display: flex;
        align-items: center;
        gap: var(--_pa-s3);
        margin-block-end: var(--_pa-s2);
      }
      .section-head .heading,
      .lexicon-title {
        font-size: 1.25em;
        line-height: 1.3;
        margin: 0;
      }
      .picto {
        flex: none;
        inline-size: 2.5em;
        block-size: 2.5em;
        color: var(--_pa-action);
      }
      .picto svg {
        inline-size: 100%;
        block-size: 100%;
      }
      p,
      ul {
        margin-block: 0 var(--_pa-s3);
      }
      ul {
        padding-inline-start: 1.25em;
      }
      li {
        margin-block-end: var(--_pa-s1);
      }
      .sentence {
        display: block;
        border-radius: var(--_pa-radius);
      }
      li .sentence {
        display: inline;
      }
      .sentence.is-speaking {
        background: var(--passerelle-falc-highlight, #fff3b0);
        color: #1d2433;
        outline: var(--_pa-bw) solid currentColor;
        outline-offset: 0.1em;
        text-decoration: underline;
        text-decoration-thickness: 0.1em;
      }
      .sentence.is-speaking .word {
        color: inherit;
      }
      .word {
        font: inherit;
        color: var(--_pa-action);
        background: none;
        border: 0;
        padding: 0;
        margin: 0;
        text-decoration: underline dotted;
        text-decoration-thickness: 0.1em;
        text-underline-offset: 0.2em;
        cursor: pointer;
        font-weight: var(--_pa-bold);
      }
      .word[aria-expanded='true'] {
        text-decoration-style: solid;
      }
      .definition {
        display: block;
        margin-block: var(--_pa-s2) var(--_pa-s3);
        padding: var(--_pa-s2) var(--_pa-s3);
        border-inline-start: 0.25em solid var(--_pa-action);
        background: var(--_pa-surface);
      }
      .definition-term {
        font-weight: var(--_pa-bold);
      }
      dl {
        margin: 0;
      }
      dt {
        font-weight: var(--_pa-bold);
        margin-block-start: var(--_pa-s3);
      }
      dd {
        margin-inline-start: 0;
      }
      .official {
        margin-block-start: var(--_pa-s5);
      }
      a {
        color: var(--_pa-action);
        text-decoration-thickness: 0.08em;
        text-underline-offset: 0.15em;
      }
      .choices {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--_pa-s2);
      }
      .choice {
        inline-size: 100%;
        justify-content: flex-start;
        text-align: start;
      }
    `,
  ];

  static override properties = {
    right: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    date: { type: String },
  };

  /** Id of the right to explain; empty shows the list of rights. */
  right = '';
  /** Level of the section headings (2 to 6). */
  headingLevel = 2;
  /** Date of the amounts (YYYY-MM-DD or YYYY-MM); today when empty. */
  date = '';

  // Internal state: plain fields with setters that ask for a render, so that they stay out of the
  // element's attributes (and out of the custom elements manifest).
  #chosen = '';
  #openWords: ReadonlySet<string> = new Set();
  #speakingId = '';
  #status = '';

  /** @internal A right picked in the list (the attribute stays as the host set it). */
  protected get chosen(): string {
    return this.#chosen;
  }
  protected set chosen(v: string) {
    this.#chosen = v;
    this.requestUpdate();
  }
  /** @internal Hard words whose definition is open, as `section:entry`. */
  protected get openWords(): ReadonlySet<string> {
    return this.#openWords;
  }
  protected set openWords(v: ReadonlySet<string>) {
    this.#openWords = v;
    this.requestUpdate();
  }
  /** @internal Id of the sentence being read aloud. */
  protected get speakingId(): string {
    return this.#speakingId;
  }
  protected set speakingId(v: string) {
    this.#speakingId = v;
    this.requestUpdate();
  }
  /** @internal Text of the status region. */
  protected get status(): string {
    return this.#status;
  }
  protected set status(v: string) {
    this.#status = v;
    this.requestUpdate();
  }

  protected readonly reader: ReadAloudController;

  constructor(readAloud: ReadAloudOptions = {}) {
    super();
    this.reader = new ReadAloudController(this, {
      ...readAloud,
      onSentence: (item, index) => this.onSentence(item, index),
    });
  }

  /** Content language: English when asked, French otherwise (there is no Arabic FALC content yet). */
  get contentLocale(): ContentLocale {
    return this.locale === 'en' ? 'en' : 'fr';
  }

  private get t() {
    return falcMessages.bind(this.contentLocale);
  }

  private get activeRight(): string {
    return this.chosen || this.right;
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
    while (this.#pending) {
      await this.#pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private renderedFor = '';

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('right')) this.chosen = '';
    // A new right or a new language: stop reading and close the definitions.
    const key = `${this.activeRight}|${this.contentLocale}`;
    if (key !== this.renderedFor) {
      this.renderedFor = key;
      this.reader.stop();
      this.openWords = new Set();
      this.speakingId = '';
    }
    this.reader.setLanguage(this.contentLocale);
    this.ensureLoaded();
  }

  override render() {
    const lang = this.contentLocale;
    const loading = this.activeRight !== '' && this.#view?.key !== this.viewKey;
    const view = loading || !this.activeRight ? undefined : this.#view;
    const body = loading
      ? nothing
      : view?.failed
        ? this.renderLoadError()
        : view?.explanation
          ? this.renderExplanation(view.explanation, view.amountError)
          : this.renderList(this.activeRight !== '');
    // While a text loads, the status region is the only content: shown, not just announced.
    return html`<div class="falc" lang=${lang} dir="ltr">
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
              ${c.title[this.contentLocale]}
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
    const level = this.headingLevel;
    const titleAsHeading = level >= 3;
    const title = titleAsHeading
      ? heading(level - 1, TITLE_ID, this.sentence('say-title', e.title), 'heading title')
      : html`<p id=${TITLE_ID} class="title" part="title" tabindex="-1">${this.sentence('say-title', e.title)}</p>`;
    return html`<article aria-labelledby=${TITLE_ID}>
      ${title}
      <div class="meta">
        ${
          e.reviewed && e.status.state === 'relu par des personnes concernées'
            ? html`<span class="badge" part="badge">${this.t('easyToRead')}</span>
                <span>${this.t('reviewed', { date: this.formatDate(e.status.reviewedOn) })}</span>`
            : nothing
        }
      </div>
      ${amountError ? html`<p class="pa-alert pa-alert--warning" part="alert">${this.t('amountError')}</p>` : nothing}
      ${this.renderControls(e)}
      ${e.sections.map((s) => this.renderSection(e, s.id, s.heading, s.blocks))}
      ${this.renderLexicon(e)}
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
    const line = (text: string) => this.sentence(`s-${id}-${n++}`, text, e.glossary, seen, id);
    return html`<div class="section" part="section">
      <div class="section-head">
        <span class="picto" part="pictogram" aria-hidden="true">${unsafeSVG(PICTOGRAMS[id])}</span>
        ${heading(this.headingLevel, `h-${id}`, this.sentence(`say-h-${id}`, title), 'heading')}
      </div>
      ${blocks.map((b) =>
        b.type === 'paragraph'
          ? html`<p>${b.sentences.map((s) => line(s))}</p>`
          : html`<ul>${b.items.map((s) => html`<li>${line(s)}</li>`)}</ul>`,
      )}
    </div>`;
  }

  /** One sentence: a span that can be highlighted, hard words as buttons, definitions right after. */
  private sentence(
    id: string,
    text: string,
    glossary: readonly GlossaryEntry[] = [],
    seen?: Set<string>,
    section?: string,
  ) {
    const parts: unknown[] = [];
    const defs: TemplateResult[] = [];
    let pos = 0;
    if (seen) {
      for (const m of findGlossaryTerms(text, glossary)) {
        if (seen.has(m.entry.id)) continue;
        seen.add(m.entry.id);
        const key = `${section}:${m.entry.id}`;
        const open = this.openWords.has(key);
        const defId = `def-${section}-${m.entry.id}`;
        parts.push(text.slice(pos, m.start));
        parts.push(
          html`<button type="button" class="word" part="word" aria-expanded=${open ? 'true' : 'false'} aria-controls=${defId} aria-describedby=${WORD_HINT_ID} @click=${() => this.toggleWord(key, m.text)} @keydown=${(ev: KeyboardEvent) => this.onWordKey(ev, key)}>${m.text}</button>`,
        );
        pos = m.end;
        defs.push(
          html`<span id=${defId} class="definition" part="definition" ?hidden=${!open}><span class="definition-term">${m.entry.term} :</span>
            ${m.entry.definition.split('\n').join(' ')}</span>`,
        );
      }
    }
    parts.push(text.slice(pos));
    const speaking = this.speakingId === id;
    return html`<span id=${id} class="sentence ${speaking ? 'is-speaking' : ''}" aria-current=${speaking ? 'true' : nothing}>${parts}</span>${defs}`;
  }

  private toggleWord(key: string, word: string): void {
    const next = new Set(this.openWords);
    if (next.has(key)) next.delete(key);
    else {
      next.add(key);
      this.status = this.t('definitionOpen', { word });
    }
    this.openWords = next;
  }

  private onWordKey(ev: KeyboardEvent, key: string): void {
    if (ev.key === 'Escape' && this.openWords.has(key)) {
      ev.preventDefault();
      const next = new Set(this.openWords);
      next.delete(key);
      this.openWords = next;
    }
  }

  private renderLexicon(e: Explanation) {
    if (e.glossary.length === 0) return nothing;
    return html`<div class="section lexicon">
      ${heading(this.headingLevel, 'h-lexique', this.t('lexicon'), 'heading lexicon-title')}
      <dl>
        ${e.glossary.map((g) => html`<dt>${g.term}</dt><dd>${g.definition.split('\n').join(' ')}</dd>`)}
      </dl>
    </div>`;
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

  private listen(e: Explanation): void {
    this.reader.start(this.readItems(e));
  }

  private pauseReading(): void {
    this.reader.pause();
    this.status = this.t('paused');
    this.focusAction('resume');
  }

  private resumeReading(): void {
    this.reader.resume();
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

  private onSentence(item: ReadItem | undefined, index: number): void {
    const root = this.renderRoot as ShadowRoot;
    if (!item && this.speakingId && root.activeElement?.matches('[data-action]')) this.focusAction('listen');
    this.speakingId = item?.id ?? '';
    if (item) {
      this.status = this.t('reading', { current: index + 1, total: this.reader.total });
      this.updateComplete.then(() => {
        this.renderRoot.querySelector(`#${item.id}`)?.scrollIntoView?.({ block: 'nearest' });
      });
    }
  }

  override disconnectedCallback(): void {
    this.reader.stop();
    super.disconnectedCallback();
  }
}
