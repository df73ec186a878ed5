import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldFrame } from './field.js';
import { type BlockHost, describedBy, type FieldOptions, t } from './shared.js';

export interface ComboboxOption {
  id: string;
  label: string;
  /** Second line, e.g. postcode and département. */
  detail?: string;
}

export type ComboboxSearch = (query: string) => Promise<ComboboxOption[]>;

export interface ComboboxConfig {
  search: ComboboxSearch;
  /** Characters typed before searching (default 2). */
  minChars?: number;
  /** Wait after the last key before searching, in ms (default 150). */
  debounceMs?: number;
  /** At most this many suggestions are shown (default 8). */
  maxResults?: number;
}

export interface ComboboxRenderOptions extends FieldOptions {
  onSelect: (option: ComboboxOption | null) => void;
  /** Off by default so that the browser's own list does not cover ours. */
  autocomplete?: string;
}

type Host = ReactiveControllerHost & BlockHost & HTMLElement;

/**
 * Autocomplete combobox following the ARIA 1.2 pattern: an input role=combobox with aria-expanded,
 * aria-controls, aria-activedescendant; a listbox; arrows, Enter, Escape; and a live status with the
 * number of suggestions. Focus stays in the input.
 */
export class ComboboxController implements ReactiveController {
  query = '';
  options: ComboboxOption[] = [];
  open = false;
  activeIndex = -1;
  selected: ComboboxOption | null = null;
  status = '';
  loading = false;
  private request = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private renderOpts: ComboboxRenderOptions | undefined;

  constructor(
    private readonly host: Host,
    private readonly config: ComboboxConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.request++;
  }

  /** Sets the selection from outside (restored answers). */
  setValue(option: ComboboxOption | null): void {
    this.selected = option;
    this.query = option?.label ?? '';
    this.close();
  }

  private close(): void {
    this.open = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  private select(option: ComboboxOption): void {
    this.selected = option;
    this.query = option.label;
    this.open = false;
    this.activeIndex = -1;
    this.status = t(this.host, 'selected', { label: option.label });
    this.host.requestUpdate();
    this.renderOpts?.onSelect(option);
  }

  private onInput(value: string): void {
    this.query = value;
    if (this.selected) {
      this.selected = null;
      this.renderOpts?.onSelect(null);
    }
    clearTimeout(this.timer);
    const q = value.trim();
    if (q.length < (this.config.minChars ?? 2)) {
      this.request++;
      this.options = [];
      this.status = '';
      this.loading = false;
      this.close();
      return;
    }
    this.timer = setTimeout(() => void this.runSearch(q), this.config.debounceMs ?? 150);
  }

  private async runSearch(q: string): Promise<void> {
    const req = ++this.request;
    this.loading = true;
    // Announce "searching" only when the search is slow, so that fast lookups do not chatter.
    const slow = setTimeout(() => {
      if (req !== this.request || !this.loading) return;
      this.status = t(this.host, 'searching');
      this.host.requestUpdate();
    }, 400);
    let results: ComboboxOption[];
    try {
      results = await this.config.search(q);
    } catch {
      clearTimeout(slow);
      if (req !== this.request) return;
      this.loading = false;
      this.options = [];
      this.status = t(this.host, 'searchFailed');
      this.close();
      return;
    }
    clearTimeout(slow);
    if (req !== this.request) return; // a newer query answered first or will answer
    this.loading = false;
    // A newer list keeps the option the person had reached with the arrows, when it is still there.
    const reached = this.open ? this.options[this.activeIndex]?.id : undefined;
    this.options = results.slice(0, this.config.maxResults ?? 8);
    this.activeIndex = reached === undefined ? -1 : this.options.findIndex((o) => o.id === reached);
    this.open = this.options.length > 0;
    this.status =
      this.options.length > 0
        ? t(this.host, 'suggestions', { count: this.options.length })
        : t(this.host, 'noSuggestion');
    this.host.requestUpdate();
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.options.length;
    switch (e.key) {
      case 'ArrowDown':
        if (n === 0) return;
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          this.activeIndex = 0;
        } else this.activeIndex = (this.activeIndex + 1) % n;
        break;
      case 'ArrowUp':
        if (n === 0) return;
        e.preventDefault();
        if (!this.open) {
          this.open = true;
          this.activeIndex = n - 1;
        } else this.activeIndex = this.activeIndex <= 0 ? n - 1 : this.activeIndex - 1;
        break;
      case 'Enter':
        if (this.open && this.activeIndex >= 0) {
          e.preventDefault();
          this.select(this.options[this.activeIndex] as ComboboxOption);
        }
        return;
      case 'Escape':
        if (this.open) {
          e.preventDefault();
          e.stopPropagation(); // do not close an enclosing dialog at the same time
          this.close();
        } else if (this.query) {
          e.preventDefault();
          this.onInput('');
        }
        return;
      case 'Tab':
        if (this.open) this.close();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
    // Keep the active option visible in a scrolled listbox.
    void this.host.updateComplete.then(() => {
      const id = this.renderOpts ? `${this.renderOpts.id}-option-${this.activeIndex}` : '';
      this.host.shadowRoot?.getElementById(id)?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  render(o: ComboboxRenderOptions) {
    this.renderOpts = o;
    const listId = `${o.id}-listbox`;
    const active = this.open && this.activeIndex >= 0 ? `${o.id}-option-${this.activeIndex}` : nothing;
    return fieldFrame(
      this.host,
      o,
      html`<div class="pa-combobox__wrap">
        <input
          id=${o.id}
          class="pa-input"
          part="input"
          type="text"
          role="combobox"
          autocomplete=${o.autocomplete ?? 'off'}
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${active}
          aria-invalid=${o.error ? 'true' : nothing}
          aria-required=${o.required ? 'true' : nothing}
          aria-describedby=${describedBy(o)}
          ?disabled=${o.disabled}
          .value=${live(this.query)}
          @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.onKeyDown(e)}
          @blur=${() => this.open && this.close()}
        />
        <ul id=${listId} class="pa-listbox" role="listbox" aria-labelledby=${`${o.id}-label`} ?hidden=${!this.open}>
          ${this.options.map(
            (opt, i) => html`<li
              id=${`${o.id}-option-${i}`}
              class="pa-option ${i === this.activeIndex ? 'pa-option--active' : ''}"
              role="option"
              aria-selected=${i === this.activeIndex ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.select(opt)}
            >
              <span class="pa-option__label">${opt.label}</span>
              ${opt.detail ? html`<span class="pa-option__detail">${opt.detail}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      <div class="pa-visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.status}</div>`,
      'pa-combobox',
      `${o.id}-label`,
    );
  }
}
