// Loaded on demand (see controller.ts): builds the fiche, prints it, downloads it, makes the reopen link.
import { downloadHtml, type FicheTranslate, ficheHtml, printHtml } from './fiche.js';
import { ficheMessages, ficheTranslator } from './fiche-messages.js';
import { buildFiche } from './fiche-build.js';
import type { FicheInput, HandoffRight } from './fiche-model.js';
import { type BilanPayload, encodePayload, linkWithPayload } from './payload.js';
import { qrSvg } from './qr.js';

export { answerLines } from './answers.js';
export { dayLineIn, loadPlacesNear, placesFor } from './places.js';

/** Link to this page with the answers in its fragment (never the mediator's notes), and its QR code. */
export async function reopenLink(
  payload: BilanPayload,
  withQr: boolean,
  page = globalThis.location.href,
): Promise<{ link: string; qrSvg?: string }> {
  const { checklist: _notes, ...answers } = payload;
  const link = linkWithPayload(page, await encodePayload(answers));
  const svg = withQr ? await qrSvg(link) : undefined;
  return svg ? { link, qrSvg: svg } : { link };
}

/** The fiche's HTML: the whole payload rides in the file (follow-up included), the link only the answers. */
export async function ficheDocument<R extends HandoffRight>(
  input: Omit<FicheInput<R>, 'reopen' | 'payload'>,
  payload: BilanPayload,
): Promise<string> {
  const { link, qrSvg: svg } = await reopenLink(payload, true);
  const fiche = buildFiche({
    ...input,
    reopen: svg ? { href: link, qrSvg: svg } : { href: link },
    payload: await encodePayload(payload),
  });
  return ficheHtml(fiche, await ficheTranslate(input.lang, input.wording));
}

/** The fiche's strings in `lang`, loaded first. */
async function ficheTranslate(lang: string, w: FicheInput<HandoffRight>['wording']): Promise<FicheTranslate> {
  await ficheMessages.load(lang);
  return ficheTranslator(lang, w.t);
}

export async function printFiche<R extends HandoffRight>(
  input: Omit<FicheInput<R>, 'reopen' | 'payload'>,
  payload: BilanPayload,
  print?: (w: Window) => void,
): Promise<HTMLIFrameElement> {
  return printHtml(await ficheDocument(input, payload), print);
}

/** Downloads the fiche as `bilan-droits-AAAA-MM-JJ.html`; returns the file name. */
export async function downloadFiche<R extends HandoffRight>(
  input: Omit<FicheInput<R>, 'reopen' | 'payload'>,
  payload: BilanPayload,
  root?: Node & ParentNode,
): Promise<string> {
  const day = new Date().toISOString().slice(0, 10);
  return downloadHtml(await ficheDocument(input, payload), `bilan-droits-${day}.html`, root);
}
