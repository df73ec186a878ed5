// The hand-off as seen from the widget: a bilan shared in the page address waits for the person's consent,
// a saved file can be opened, the fiche is printed or downloaded, a link and QR code are made. Everything
// heavy (payload codec, fiche, QR library, places) loads only when one of these is asked for.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HandoffKey } from './messages.js';
import type { BilanPayload } from './payload.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface HandoffOptions {
  /** Puts the answers of a shared or saved bilan in place and shows its results. */
  restore(payload: BilanPayload): void | Promise<void>;
}

const loadActions = () => import('./actions.js');

export class HandoffController implements ReactiveController {
  /** A bilan in the page address, waiting for "Ouvrir ce bilan". */
  pending = false;
  /** Why a link or a file could not be opened (message key), or ''. */
  error: HandoffKey | '' = '';
  /** Reopen link and its QR code, once asked for. */
  link = '';
  qrSvg = '';
  private hashText: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly options: HandoffOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const hash = globalThis.location?.hash ?? '';
    // Read without loading the codec: most pages never carry a bilan.
    const m = /[#&]passerelle-bilan=([^&]*)/.exec(hash);
    this.hashText = m ? decodeURIComponent(m[1] as string) : null;
    this.pending = this.hashText !== null;
  }

  hostDisconnected(): void {}

  /** Drops the bilan from the address bar, so that a reload or a shared screen does not carry it on. */
  private clearHash(): void {
    const url = new URL(globalThis.location.href);
    const params = new URLSearchParams(url.hash.slice(1));
    params.delete('passerelle-bilan');
    const rest = params.toString();
    globalThis.history?.replaceState(
      globalThis.history.state,
      '',
      `${url.pathname}${url.search}${rest ? `#${rest}` : ''}`,
    );
  }

  private async open(text: string | null): Promise<boolean> {
    const { decodePayload, PayloadError } = await import('./payload.js');
    try {
      if (text === null) throw new PayloadError('damaged');
      await this.options.restore(await decodePayload(text));
      this.error = '';
      return true;
    } catch (e) {
      this.error = e instanceof PayloadError && e.reason === 'version' ? 'payloadOld' : 'payloadDamaged';
      return false;
    } finally {
      this.host.requestUpdate();
    }
  }

  /** "Ouvrir ce bilan": decodes the address's bilan and restores it. */
  async accept(): Promise<boolean> {
    this.pending = false;
    const ok = await this.open(this.hashText);
    this.clearHash();
    return ok;
  }

  /** "Non, commencer un nouveau bilan". */
  decline(): void {
    this.pending = false;
    this.error = '';
    this.clearHash();
    this.host.requestUpdate();
  }

  /** "Ouvrir un bilan enregistré": a file downloaded with the fiche. */
  async openFile(file: File): Promise<boolean> {
    const { payloadFromFile } = await import('./payload.js');
    const text = payloadFromFile(await file.text());
    if (text === null) {
      this.error = 'notABilan';
      this.host.requestUpdate();
      return false;
    }
    return this.open(text);
  }

  /** The reopen link of the page, and its QR code, for these answers (the follow-up notes stay out). */
  async share(payload: BilanPayload, withQr: boolean): Promise<void> {
    const { reopenLink } = await loadActions();
    const { link, qrSvg } = await reopenLink(payload, withQr);
    this.link = link;
    this.qrSvg = qrSvg ?? '';
    this.host.requestUpdate();
  }

  actions = loadActions;
}
