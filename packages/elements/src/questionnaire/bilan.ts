// "Mon bilan" as a standalone HTML page, built in the browser: the person keeps a copy, nothing is sent.
import type { ShownRight } from './rules-adapter.js';
import type { ChecklistEntry } from './storage.js';

export interface BilanInput {
  title: string;
  date: string;
  name?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  intro: string;
  sections: Array<{ heading: string; rights: ShownRight[] }>;
  received: ShownRight[];
  receivedHeading: string;
  statusText: (r: ShownRight) => string;
  amountText: (r: ShownRight) => string;
  contactsText: (r: ShownRight) => string;
  labels: { whatToDo: string; papers: string; apply: string; checklist: string };
  checklist?: Array<{ right: ShownRight; entry: ChecklistEntry; stateText: string }>;
}

const esc = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function rightHtml(r: ShownRight, b: BilanInput): string {
  const steps = r.procedure?.steps ?? [];
  const papers = r.procedure?.papers ?? [];
  const contact = r.contact
    ? [r.contact.name, r.contact.phone, r.contact.email, r.contact.address, r.contact.hours]
        .filter(Boolean)
        .join(' · ')
    : b.contactsText(r);
  return `<section class="right">
<h3>${esc(r.label)}</h3>
<p><strong>${esc(b.statusText(r))}</strong>${b.amountText(r) ? ` — ${esc(b.amountText(r))}` : ''}</p>
${steps.length ? `<h4>${esc(b.labels.whatToDo)}</h4><ol>${steps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>` : ''}
${papers.length ? `<h4>${esc(b.labels.papers)}</h4><ul>${papers.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}
${r.procedure?.url ? `<p>${esc(b.labels.apply)} : ${esc(r.procedure.url)}</p>` : ''}
${contact ? `<p>${esc(contact)}</p>` : ''}
</section>`;
}

/** The whole bilan as an HTML document (no script, no outside resource). */
export function bilanHtml(b: BilanInput): string {
  const sections = b.sections
    .filter((s) => s.rights.length)
    .map((s) => `<h2>${esc(s.heading)}</h2>${s.rights.map((r) => rightHtml(r, b)).join('\n')}`)
    .join('\n');
  const received = b.received.length
    ? `<h2>${esc(b.receivedHeading)}</h2><ul>${b.received.map((r) => `<li>${esc(r.label)}</li>`).join('')}</ul>`
    : '';
  const checklist = b.checklist?.length
    ? `<h2>${esc(b.labels.checklist)}</h2><table><tbody>${b.checklist
        .map(
          (c) =>
            `<tr><th scope="row">${esc(c.right.label)}</th><td>${esc(c.stateText)}${
              c.entry.state === 'oriented' && c.entry.orientedTo ? ` : ${esc(c.entry.orientedTo)}` : ''
            }</td><td>${esc(c.entry.note)}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : '';
  return `<!doctype html>
<html lang="${esc(b.lang)}" dir="${b.dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(b.title)}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48em;margin:1em auto;padding:0 1em;color:#1d2433}
h1,h2,h3{line-height:1.25}section.right{border-block-start:1px solid #888;padding-block:.5em}
table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25em .5em;text-align:start;vertical-align:top}</style>
</head>
<body>
<h1>${esc(b.title)}</h1>
${b.name ? `<p><strong>${esc(b.name)}</strong></p>` : ''}
<p>${esc(b.date)}</p>
<p>${esc(b.intro)}</p>
${sections}
${received}
${checklist}
</body>
</html>`;
}

/** Offers `html` as a file download through a Blob URL; returns the file name. */
export function downloadHtml(
  html: string,
  fileName: string,
  root: ParentNode & Node = document.body,
): string {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  (root as Element).append?.(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before freeing the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
