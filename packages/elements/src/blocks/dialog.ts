import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { type BlockHost, deepActiveElement, t } from './shared.js';

type Host = ReactiveControllerHost & BlockHost & HTMLElement;

export interface ConfirmDialogOptions {
  id: string;
  heading: string;
  content: unknown;
  confirmLabel?: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel?: () => void;
  /** Use `danger` wording/colour for destructive actions such as "Effacer mes réponses". */
  tone?: 'default' | 'danger';
}

/**
 * Confirmation in a native modal <dialog> (showModal): the page behind is inert, focus moves in
 * (to "Annuler", the safe choice), Escape closes, and focus returns to the button that opened it.
 */
export class ConfirmDialogController implements ReactiveController {
  private opener: HTMLElement | null = null;
  private opts: ConfirmDialogOptions | undefined;
  private confirmed = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.dialog()?.open ?? false;
  }

  private dialog(): HTMLDialogElement | null {
    return this.opts
      ? (this.host.shadowRoot?.getElementById(this.opts.id) as HTMLDialogElement | null)
      : null;
  }

  /** Opens the dialog; pass the opener if focus is not on it (it gets focus back on close). */
  async show(opener?: HTMLElement): Promise<void> {
    this.opener = opener ?? (deepActiveElement() as HTMLElement | null);
    await this.host.updateComplete;
    const d = this.dialog();
    if (!d || d.open) return;
    this.confirmed = false;
    d.showModal();
  }

  close(): void {
    this.dialog()?.close();
  }

  private onClose = () => {
    const confirmed = this.confirmed;
    this.confirmed = false;
    const opener = this.opener;
    this.opener = null;
    if (opener?.isConnected) opener.focus();
    if (confirmed) this.opts?.onConfirm();
    else this.opts?.onCancel?.();
  };

  render(o: ConfirmDialogOptions) {
    this.opts = o;
    return html`<dialog
      id=${o.id}
      class="pa-dialog"
      part="dialog"
      aria-labelledby=${`${o.id}-title`}
      aria-describedby=${`${o.id}-content`}
      @close=${this.onClose}
    >
      <h2 id=${`${o.id}-title`} class="pa-heading pa-dialog__title">${o.heading}</h2>
      <div id=${`${o.id}-content`} class="pa-dialog__content">${o.content}</div>
      <div class="pa-dialog__actions">
        <button class="pa-button pa-button--secondary" part="button button-secondary" type="button" autofocus
          @click=${() => this.close()}>${o.cancelLabel ?? t(this.host, 'cancel')}</button>
        <button
          class="pa-button pa-button--primary ${o.tone === 'danger' ? 'pa-button--danger' : ''}"
          part="button button-primary"
          type="button"
          @click=${() => {
            this.confirmed = true;
            this.close();
          }}
        >
          ${o.confirmLabel ?? t(this.host, 'confirm')}
        </button>
      </div>
    </dialog>`;
  }
}
