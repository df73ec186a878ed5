// The loader behind `<script type="module" src=".../passerelle.js">`: it watches the page for the widget tags
// and imports each widget's code the first time its tag appears. It holds no widget code itself, so a page
// that shows only the partner finder never downloads the questionnaire.
import { prefetch } from '@passerelle/elements/prefetch';
import { WIDGETS, type WidgetInfo } from './widgets.js';

/** What `window.Passerelle` exposes to the host page. */
export interface PasserelleGlobal {
  /** Version of the kit that owns the tags on this page (from @passerelle/elements). */
  readonly version: string;
  /** Tags this copy of the kit can load. */
  readonly tags: readonly string[];
  /**
   * Loads a widget now (for a tag the loader cannot see, e.g. inside another shadow root).
   * Resolves once the tag is defined; rejects with a message naming the file that failed.
   */
  load(tag: string): Promise<void>;
}

export interface LoaderOptions {
  version: string;
  /** Chunks present in this build (`questionnaire`, `partner-finder`, `falc`). */
  chunks: readonly string[];
  /** Static dependencies of each chunk (paths relative to the loader), fetched in parallel with it. */
  deps?: Readonly<Record<string, readonly string[]>>;
  /**
   * Lazily imported files of each chunk by need (`local-aids`, `lang:en`, `right:rsa`…): preloaded when a
   * tag's attributes say the widget will import them, so they do not wait for the widget to start.
   */
  lazy?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Replaces the requests of host files in tests. */
  prefetchFile?: (url: string) => void;
  /** URL chunks are resolved against: the loader's own `import.meta.url`, so any CDN path or folder works. */
  base: string;
  /** Runs a widget below the fold once the page is idle; replaced in tests. */
  whenIdle?: (run: () => void) => void;
  /** Replaces `import()` in tests. */
  importModule?: (url: string) => Promise<unknown>;
  /** Replaces the kit's widget table in tests. */
  widgets?: readonly WidgetInfo[];
  root?: Document;
  host?: { Passerelle?: PasserelleGlobal };
}

const PREFIX = 'Passerelle';

/** Starts the loader once per version; a second copy of another version warns once and yields. */
export function startLoader(options: LoaderOptions): PasserelleGlobal {
  const doc = options.root ?? document;
  const host = options.host ?? (globalThis as { Passerelle?: PasserelleGlobal });
  const importModule = options.importModule ?? ((url: string) => import(/* @vite-ignore */ url));
  const existing = host.Passerelle;
  if (existing && existing.version === options.version) return existing;

  const table = options.widgets ?? WIDGETS;
  const known = (tag: string) => table.find((w) => w.tag === tag);
  const built = table.filter((w) => options.chunks.includes(w.chunk));
  // Another version came first: its definitions win (custom elements cannot be redefined). This copy only
  // takes the tags the other one does not know, so nothing is defined twice and the page keeps working.
  const owned: WidgetInfo[] = existing ? built.filter((w) => !existing.tags.includes(w.tag)) : built;
  if (existing) {
    console.warn(
      `${PREFIX} ${options.version} : la version ${existing.version} est déjà chargée sur cette page ; elle garde ` +
        'ses widgets et cette copie n’ajoute que ceux qui lui manquent. Gardez un seul script passerelle.js ' +
        'pour choisir la version.',
    );
  }

  const pending = new Map<string, Promise<void>>();
  // Without this, the browser discovers shared chunks only after parsing the widget file: one more round trip
  // (about half a second on a slow mobile network). A modulepreload link fetches without running anything.
  const preloaded = new Set<string>();
  // Code run after the first screen asks with a low priority: on a slow network the first screen's own
  // files get the bandwidth first, and the rest still leaves in the same wave.
  // All links of one call go into the head at once: one DOM change instead of one per file.
  const preload = (files: readonly string[], later = false) => {
    const links: HTMLLinkElement[] = [];
    for (const file of files) {
      const href = new URL(file, options.base).href;
      if (preloaded.has(href)) continue;
      preloaded.add(href);
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      if (later) link.setAttribute('fetchpriority', 'low');
      link.href = href;
      links.push(link);
    }
    if (links.length > 0) doc.head.append(...links);
  };
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    console.warn(`${PREFIX} : ${message}`);
  };

  const load = (tag: string): Promise<void> => {
    const widget = owned.find((w) => w.tag === tag);
    if (!widget) {
      if (existing?.tags.includes(tag)) return existing.load(tag);
      return Promise.reject(
        new Error(
          known(tag)
            ? `${PREFIX} ${options.version} : <${tag}> n'est pas inclus dans cette version du kit.`
            : `${PREFIX} : <${tag}> n'existe pas. Balises disponibles : ${built.map((w) => `<${w.tag}>`).join(', ')}.`,
        ),
      );
    }
    if (customElements.get(tag)) return Promise.resolve();
    const started = pending.get(tag);
    if (started) return started;
    const url = new URL(`./${widget.chunk}.js`, options.base).href;
    preload(options.deps?.[widget.chunk] ?? []);
    const promise = importModule(url).then(
      () => {
        if (!customElements.get(tag))
          throw new Error(`${PREFIX} : ${url} a été chargé mais ne définit pas <${tag}>.`);
        if (owned.every((w) => customElements.get(w.tag))) {
          observer?.disconnect();
          near?.disconnect();
        }
      },
      (cause: unknown) => {
        pending.delete(tag); // a later tag retries, e.g. after a network blip
        const error = new Error(
          `${PREFIX} : impossible de charger <${tag}> depuis ${url}. Vérifiez que le dossier du kit est complet ` +
            `et que votre politique de sécurité (CSP) autorise ce chemin dans script-src. (${String(cause)})`,
        );
        doc.dispatchEvent(new CustomEvent('passerelle-load-error', { detail: { tag, url, error } }));
        throw error;
      },
    );
    pending.set(tag, promise);
    return promise;
  };

  const selector = owned.map((w) => w.tag).join(',');
  const fetchEarly = options.prefetchFile ?? prefetch;
  const prepared = new WeakSet<Element>();
  // Host data and lazy code requested with the widget's code, not after it (one wave instead of a chain).
  const prepare = (el: Element) => {
    const widget = owned.find((w) => w.tag === el.localName);
    if (!widget || prepared.has(el)) return;
    prepared.add(el);
    try {
      for (const file of widget.hostFiles?.(el) ?? []) fetchEarly(file);
      const lazy = options.lazy?.[widget.chunk];
      preload(
        (widget.lazyNeeds?.(el) ?? []).flatMap((need) => lazy?.[need] ?? []),
        true,
      );
    } catch {
      // A malformed attribute (an unparsable URL): the widget itself reports it when it reads it.
    }
  };
  const start = (tag: string) => {
    if (!pending.has(tag) && !customElements.get(tag))
      load(tag).catch((e: Error) => console.error(e.message));
  };
  // A widget below the fold (the finder under the bilan, say) is downloaded now, in the same wave, but its code
  // runs only when it comes near the screen or the page is idle: the widget in view gets the main thread first.
  const view = doc.defaultView;
  const later = new Set<string>();
  const near =
    view && 'IntersectionObserver' in view
      ? new view.IntersectionObserver(
          (entries) => {
            for (const entry of entries)
              if (entry.isIntersecting) {
                near?.unobserve(entry.target);
                start(entry.target.localName);
              }
          },
          { rootMargin: '50% 0px' },
        )
      : undefined;
  const inView = (el: Element) => {
    if (!near || !view) return true;
    const box = el.getBoundingClientRect();
    // Not rendered (display: none, a closed tab): no position to go by, run it now.
    if (box.width === 0 && box.height === 0 && box.top === 0 && box.left === 0) return true;
    return box.top < view.innerHeight * 1.5 && box.bottom > -view.innerHeight * 0.5;
  };
  const whenIdle =
    options.whenIdle ??
    ((run: () => void) => {
      const idle = (view as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void } | null)
        ?.requestIdleCallback;
      if (idle) idle.call(view, run, { timeout: 2000 });
      else setTimeout(run, 1500);
    });
  const seen = (el: Element) => {
    const tag = el.localName;
    prepare(el);
    if (pending.has(tag) || customElements.get(tag)) return;
    if (inView(el)) return start(tag);
    const widget = owned.find((w) => w.tag === tag);
    if (!widget) return start(tag);
    preload([`./${widget.chunk}.js`, ...(options.deps?.[widget.chunk] ?? [])]);
    near?.observe(el);
    if (later.has(tag)) return;
    later.add(tag);
    whenIdle(() => start(tag));
  };
  const scan = (node: Element | Document) => {
    if (!selector) return;
    if (node instanceof Element && node.matches(selector)) seen(node);
    for (const el of node.querySelectorAll(selector)) seen(el);
  };
  // Helps a webmaster who mistyped a tag or pasted one this build lacks. Runs once the page's scripts have
  // run, so another copy of the kit loaded just after this one can still claim the tag; only the copy that
  // holds window.Passerelle then speaks, so each problem is reported once.
  const checkTags = () => {
    const current = host.Passerelle;
    if (current !== api) return;
    for (const el of doc.querySelectorAll('*')) {
      const tag = el.localName;
      if (!tag.startsWith('passerelle-') || customElements.get(tag) || current.tags.includes(tag)) continue;
      warnOnce(
        tag,
        known(tag)
          ? `<${tag}> n'est pas inclus dans la version ${options.version} du kit.`
          : `<${tag}> n'existe pas. Balises disponibles : ${built.map((w) => `<${w.tag}>`).join(', ')}.`,
      );
    }
  };

  const observer =
    owned.length > 0
      ? new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes) if (node instanceof Element) scan(node);
        })
      : undefined;
  observer?.observe(doc, { childList: true, subtree: true });

  const api: PasserelleGlobal = Object.freeze({
    version: existing?.version ?? options.version,
    tags: Object.freeze([...(existing?.tags ?? []), ...owned.map((w) => w.tag)]),
    load,
  });
  host.Passerelle = api;
  scan(doc);
  // After `load`: every script of the page has run by then (module scripts run one by one, and a timer
  // could otherwise fire between two copies of the kit).
  if (doc.readyState === 'complete' || !view) setTimeout(checkTags);
  else view.addEventListener('load', () => setTimeout(checkTags), { once: true });
  return api;
}
