// The "fiche de liaison": the bilan made for handing over, as one self-contained HTML document (no script,
// no outside resource). The same text is printed (from a hidden frame, so the host's page is not printed
// around it) and downloaded; the downloaded file carries the answers, so it can be opened again.
import type { Translate } from '../i18n/messages.js';
import type { FicheTable } from './fiche-messages.js';
import type { HandoffTable } from './messages.js';

/** The fiche reads its own strings and a few of the screen's (reopen link, QR code). */
export type FicheTranslate = Translate<FicheTable & HandoffTable>;
import { PAYLOAD_NAME } from './payload.js';

export interface FichePlace {
  name: string;
  address?: string;
  phone?: string;
  /** Opening hours in words. */
  hours?: string;
  /** The hours are the partner data's own French text, not worded by the kit. */
  hoursAsWritten?: boolean;
  /** Known only when the place's hours could be read. */
  openNow?: boolean;
  url?: string;
}

export interface FicheRight {
  id: string;
  label: string;
  /** Status in words ("Vous y avez probablement droit"). */
  status: string;
  amount?: string;
  /** When it is paid ("Versée en août. Prochain versement : août 2027."). */
  when?: string;
  description?: string;
  /** Questions that would settle a "possible" right. */
  settle?: string[];
  steps: string[];
  papers: string[];
  url?: string;
  /** Who can help, in words. */
  helpers?: string;
  places: FichePlace[];
  booking?: { href: string; label: string };
}

export interface FicheSection {
  heading: string;
  intro?: string;
  rights: FicheRight[];
}

export interface Fiche {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Host's name (`host-name`: the CCAS, the commune…). */
  hostName?: string;
  personName?: string;
  /** Date made, and month of the rules, in words. */
  date: string;
  month: string;
  /** Summary lines (count, total, note). */
  summary: string[];
  answers: { question: string; answer: string }[];
  sections: FicheSection[];
  /** Accompagnement mode: the mediator's follow-up, one row per right. */
  followUp?: { right: string; state: string; orientedTo: string; note: string }[];
  reopen?: { href: string; qrSvg?: string };
  /** Encoded answers (see payload.ts), read back by "Ouvrir un bilan enregistré". */
  payload?: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
const safeHref = (href: string): string => (/^(https?:|mailto:|tel:)/i.test(href) ? escapeHtml(href) : '#');

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48em;margin:1em auto;padding:0 1em;color:#1d2433;background:#fff}
h1,h2,h3{line-height:1.25}h2{border-block-end:2px solid #1d2433;padding-block-end:.2em;margin-block-start:1.5em}
.decision{border:2px solid #1d2433;padding:.5em 1em;font-weight:600}
.right{break-inside:avoid;border-block-start:1px solid #888;padding-block:.5em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.25em .5em;text-align:start;vertical-align:top}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}dt{font-weight:600}dd{margin:0}
.qr svg{width:10em;height:10em}a{color:#0b4f9c}
@media print{a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}.qr{break-inside:avoid}}`;

function list(tag: 'ul' | 'ol', items: readonly string[]): string {
  return items.length ? `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>` : '';
}

function place(p: FichePlace, t: FicheTranslate): string {
  const bits = [`<strong>${escapeHtml(p.name)}</strong>`];
  if (p.address) bits.push(escapeHtml(p.address));
  if (p.phone)
    bits.push(`<a href="tel:${escapeHtml(p.phone.replace(/[^\d+]/g, ''))}">${escapeHtml(p.phone)}</a>`);
  if (p.hours) {
    const hours = escapeHtml(p.hours);
    bits.push(
      t('hoursLine', {
        label: t('hours'),
        hours: p.hoursAsWritten ? `<span lang="fr">${hours}</span>` : hours,
      }),
    );
  }
  if (p.openNow !== undefined) bits.push(t(p.openNow ? 'openNow' : 'closedNow'));
  if (p.url) bits.push(`<a href="${safeHref(p.url)}">${escapeHtml(p.url)}</a>`);
  return `<li>${bits.join('<br>')}</li>`;
}

function right(r: FicheRight, t: FicheTranslate): string {
  const out = [`<section class="right" data-right="${escapeHtml(r.id)}"><h3>${escapeHtml(r.label)}</h3><dl>`];
  out.push(`<dt>${t('status')}</dt><dd>${escapeHtml(r.status)}</dd>`);
  if (r.amount)
    out.push(`<dt>${t('amount')}</dt><dd>${escapeHtml([r.amount, r.when].filter(Boolean).join(' '))}</dd>`);
  out.push('</dl>');
  if (r.description) out.push(`<p>${escapeHtml(r.description)}</p>`);
  if (r.settle?.length)
    out.push(
      list(
        'ul',
        r.settle.map((q) => t('settleWith', { question: q })),
      ),
    );
  if (r.steps.length || r.url) {
    out.push(`<h4>${t('whatToDo')}</h4>`, list('ol', r.steps));
    if (r.url) out.push(`<p><a href="${safeHref(r.url)}">${t('officialLink')}</a></p>`);
  }
  if (r.papers.length) out.push(`<h4>${t('papers')}</h4>`, list('ul', r.papers));
  if (r.helpers || r.places.length || r.booking) {
    out.push(`<h4>${t('whereToGo')}</h4>`);
    if (r.helpers) out.push(`<p>${escapeHtml(r.helpers)}</p>`);
    if (r.places.length) out.push(`<ul>${r.places.map((p) => place(p, t)).join('')}</ul>`);
    if (r.booking)
      out.push(`<p><a href="${safeHref(r.booking.href)}">${escapeHtml(r.booking.label)}</a></p>`);
  }
  out.push('</section>');
  return out.join('');
}

/** The fiche as a whole HTML document. Every text is escaped; links are kept only for http(s), mailto, tel. */
export function ficheHtml(f: Fiche, t: FicheTranslate): string {
  const title = f.hostName ? `${t('ficheTitle')} · ${f.hostName}` : t('ficheTitle');
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    f.payload ? `<meta name="${PAYLOAD_NAME}" content="${escapeHtml(f.payload)}">` : '',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
  ].join('');
  const body: string[] = [`<h1>${escapeHtml(t('ficheTitle'))}</h1>`];
  if (f.hostName) body.push(`<p>${escapeHtml(t('ficheHost', { host: f.hostName }))}</p>`);
  if (f.personName) body.push(`<p>${escapeHtml(t('ficheFor', { name: f.personName }))}</p>`);
  body.push(`<p>${escapeHtml(t('ficheDate', { date: f.date, month: f.month }))}</p>`);
  body.push(`<p class="decision">${escapeHtml(t('notDecision'))}</p>`);
  body.push(...f.summary.map((s) => `<p>${escapeHtml(s)}</p>`));
  if (f.answers.length) {
    body.push(`<h2>${t('answersTitle')}</h2><p>${t('answersIntro')}</p><dl class="answers">`);
    for (const a of f.answers)
      body.push(`<dt>${escapeHtml(a.question)}</dt><dd>${escapeHtml(a.answer)}</dd>`);
    body.push('</dl>');
  }
  for (const s of f.sections) {
    if (!s.rights.length) continue;
    body.push(`<h2>${escapeHtml(s.heading)}</h2>`);
    if (s.intro) body.push(`<p>${escapeHtml(s.intro)}</p>`);
    body.push(...s.rights.map((r) => right(r, t)));
  }
  if (f.followUp?.length) {
    body.push(
      `<h2 id="suivi">${t('followUpTitle')}</h2><table aria-labelledby="suivi"><thead><tr>`,
      ...(['followUpRight', 'followUpState', 'followUpOrientedTo', 'followUpNote'] as const).map(
        (k) => `<th scope="col">${t(k)}</th>`,
      ),
      '</tr></thead><tbody>',
      ...f.followUp.map(
        (row) =>
          `<tr><th scope="row">${escapeHtml(row.right)}</th><td>${escapeHtml(row.state)}</td><td>${escapeHtml(row.orientedTo)}</td><td>${escapeHtml(row.note)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  if (f.reopen) {
    body.push(`<h2>${t('reopenTitle')}</h2><p>${t('reopenText')}</p>`);
    body.push(`<p><a href="${safeHref(f.reopen.href)}">${t('reopenLink')}</a></p>`);
    // The SVG is made by the QR library from the link alone: it holds only shapes.
    if (f.reopen.qrSvg)
      body.push(`<div class="qr" role="img" aria-label="${t('qrAlt')}">${f.reopen.qrSvg}</div>`);
  }
  return `<!doctype html>\n<html lang="${escapeHtml(f.lang)}" dir="${f.dir}"><head>${head}</head><body><main>${body.join('\n')}</main></body></html>\n`;
}

/**
 * Prints `html` alone: a hidden frame holds it, so the host's page is not printed around it. Resolves once
 * the print dialog was asked for. `print` is for tests (the frame's window is passed).
 */
export function printHtml(
  html: string,
  print: (w: Window) => void = (w) => w.print(),
  root: Node & ParentNode = document.body,
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'Impression du bilan';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText =
    'position:fixed;inset-inline-start:-10000px;inset-block-start:0;width:1px;height:1px;border:0';
  return new Promise((resolve) => {
    frame.addEventListener(
      'load',
      () => {
        const w = frame.contentWindow as Window;
        // The frame goes once printing is over; a later print makes a new one.
        w.addEventListener('afterprint', () => frame.remove(), { once: true });
        print(w);
        resolve(frame);
      },
      { once: true },
    );
    frame.srcdoc = html;
    root.appendChild(frame);
  });
}

/** Offers `html` as a file through a Blob URL; returns the file name. */
export function downloadHtml(
  html: string,
  fileName: string,
  root: Node & ParentNode = document.body,
): string {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before freeing the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
