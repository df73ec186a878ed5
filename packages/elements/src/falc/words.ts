// The hard words of <passerelle-falc>: which definitions are open, and sentences rendered with their hard
// words as buttons and the open definitions right after them.
import { findGlossaryTerms, type GlossaryEntry } from '@passerelle/content/lazy';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { isolateRuns, oneLine } from './views.js';

export const WORD_HINT_ID = 'falc-word-hint';

export interface SentenceOptions {
  /** Glossary entries to turn into buttons; none for titles and headings. */
  glossary?: readonly GlossaryEntry[];
  /** Entries already shown as a button in this section: only the first use becomes one. */
  seen?: Set<string>;
  section?: string;
}

export class HardWords implements ReactiveController {
  /** Open definitions, as `section:entry`. */
  private open: ReadonlySet<string> = new Set();

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Called when a definition opens: the widget announces it. */
    private readonly onOpen: (entry: GlossaryEntry) => void,
    /** Id of the sentence being read aloud, right-to-left text, colon before a definition. */
    private readonly view: () => { speakingId: string; rtl: boolean; colon: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Closes every definition (a new right or language). */
  reset(): void {
    this.open = new Set();
  }

  private toggle(key: string, entry: GlossaryEntry): void {
    const next = new Set(this.open);
    if (next.has(key)) next.delete(key);
    else {
      next.add(key);
      this.onOpen(entry);
    }
    this.open = next;
    this.host.requestUpdate();
  }

  private onKey(ev: KeyboardEvent, key: string): void {
    if (ev.key !== 'Escape' || !this.open.has(key)) return;
    ev.preventDefault();
    const next = new Set(this.open);
    next.delete(key);
    this.open = next;
    this.host.requestUpdate();
  }

  /** One sentence: a span that can be highlighted, hard words as buttons, definitions right after. */
  sentence(id: string, text: string, o: SentenceOptions = {}): TemplateResult {
    const { speakingId, rtl, colon } = this.view();
    const parts: unknown[] = [];
    const defs: TemplateResult[] = [];
    let pos = 0;
    if (o.seen && o.glossary) {
      for (const m of findGlossaryTerms(text, o.glossary)) {
        if (o.seen.has(m.entry.id)) continue;
        o.seen.add(m.entry.id);
        const key = `${o.section}:${m.entry.id}`;
        const open = this.open.has(key);
        const defId = `def-${o.section}-${m.entry.id}`;
        parts.push(...isolateRuns(text.slice(pos, m.start), rtl));
        parts.push(
          html`<button type="button" class="word" part="word" aria-expanded=${open ? 'true' : 'false'} aria-controls=${defId} aria-describedby=${WORD_HINT_ID} @click=${() => this.toggle(key, m.entry)} @keydown=${(ev: KeyboardEvent) => this.onKey(ev, key)}>${isolateRuns(m.text, rtl)}</button>`,
        );
        pos = m.end;
        defs.push(
          html`<span id=${defId} class="definition" part="definition" ?hidden=${!open}><span class="definition-term">${isolateRuns(m.entry.term, rtl)}${colon}</span>
            ${isolateRuns(oneLine(m.entry.definition), rtl)}</span>`,
        );
      }
    }
    parts.push(...isolateRuns(text.slice(pos), rtl));
    const speaking = speakingId === id;
    return html`<span id=${id} class="sentence ${speaking ? 'is-speaking' : ''}" aria-current=${speaking ? 'true' : nothing}>${parts}</span>${defs}`;
  }
}
