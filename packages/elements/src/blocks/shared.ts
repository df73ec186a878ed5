import { html, nothing, type TemplateResult } from 'lit';
import { blockMessages, type BlockMessageKey } from '../i18n/block-messages.js';
import type { MessageParams } from '../i18n/messages.js';

/** What a block needs from its host: the current locale. Any PasserelleElement fits. */
export interface BlockHost {
  readonly locale: string;
  readonly renderRoot?: HTMLElement | DocumentFragment;
}

/** Options shared by every field block. */
export interface FieldOptions {
  /** Unique in the host's shadow root. Hint gets `${id}-hint`, error `${id}-error`. */
  id: string;
  /** Visible label (or legend for groups). */
  label: string;
  hint?: string | TemplateResult;
  /** The error text, saying how to fix. Sets aria-invalid and is tied by aria-describedby. */
  error?: string;
  /** Marks the field "(obligatoire)" before any submit. */
  required?: boolean;
  disabled?: boolean;
}

export const t = (host: BlockHost, key: BlockMessageKey, params?: MessageParams) =>
  blockMessages.msg(host.locale, key, params);

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** `aria-describedby` value for a field: hint then error, or nothing. */
export function describedBy(o: Pick<FieldOptions, 'id' | 'hint' | 'error'>, extra: string[] = []) {
  const ids = [o.hint ? hintId(o.id) : '', o.error ? errorId(o.id) : '', ...extra].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** Label text with the visible required marker. */
export function labelContent(host: BlockHost, label: string, required?: boolean) {
  return html`${label}${required ? html` <span class="pa-required">(${t(host, 'required')})</span>` : nothing}`;
}

/** The element with focus, looking inside shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let el = root.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function rootOf(host: BlockHost): ParentNode | null {
  const r = host.renderRoot ?? (host as unknown as Element).shadowRoot;
  return (r as ParentNode | undefined) ?? null;
}

/** Focuses the element with this id in the host's shadow root (anchors do not cross shadow roots). */
export function focusById(host: BlockHost, id: string): boolean {
  const el = rootOf(host)?.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  if (!el) return false;
  el.focus();
  el.scrollIntoView?.({ block: 'center' });
  return true;
}

export function queryIn<T extends Element>(host: BlockHost, selector: string): T | null {
  return rootOf(host)?.querySelector<T>(selector) ?? null;
}
