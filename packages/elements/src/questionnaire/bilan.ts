// "Mon bilan" as a standalone HTML page, built in the browser from the same template as the printed
// view: the person keeps a copy, nothing is sent.

const FILE_STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48em;margin:1em auto;padding:0 1em;color:#1d2433}
h1,h2,h3{line-height:1.25}table{border-collapse:collapse}th,td{border:1px solid #888;padding:.25em .5em;text-align:start;vertical-align:top}`;

/**
 * A whole HTML document (no script, no outside resource) from rendered bilan content. Text comes from
 * the DOM, so it is escaped by the serialiser; headings move up one level under the file's own h1.
 */
export function bilanDocument(content: Element, opts: { title: string; lang: string; dir: string }): string {
  const doc = document.implementation.createHTMLDocument(opts.title);
  doc.documentElement.lang = opts.lang;
  doc.documentElement.dir = opts.dir;
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const viewport = doc.createElement('meta');
  viewport.name = 'viewport';
  viewport.content = 'width=device-width, initial-scale=1';
  const style = doc.createElement('style');
  style.textContent = FILE_STYLE;
  doc.head.prepend(meta, viewport);
  doc.head.append(style);
  const h1 = doc.createElement('h1');
  h1.textContent = opts.title;
  doc.body.append(h1, doc.importNode(content, true));
  const comments = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const dead: Node[] = [];
  while (comments.nextNode()) dead.push(comments.currentNode);
  for (const n of dead) n.parentNode?.removeChild(n);
  for (const [from, to] of [
    ['h3', 'h2'],
    ['h4', 'h3'],
  ] as const)
    for (const old of doc.body.querySelectorAll(from)) {
      const h = doc.createElement(to);
      h.append(...old.childNodes);
      old.replaceWith(h);
    }
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
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
