import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, type Locale, normalizeLocale } from '../i18n/locale.js';
import { loadLocale, localeReady, onLocaleLoaded } from '../i18n/messages.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Nearest `attr` on the element or its ancestors, crossing shadow roots up to the document. */
export function closestAttribute(el: Element, attr: 'lang' | 'dir'): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const v = node.getAttribute(attr);
      if (v !== null && v.trim() !== '' && !(attr === 'dir' && v === 'auto')) return v.trim();
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** Nearest `lang` and `dir` with their distance from the element (Infinity when absent). */
export function resolveLangDir(el: Element): {
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  langDepth: number;
  dirDepth: number;
} {
  let lang: string | null = null;
  let dir: 'ltr' | 'rtl' | null = null;
  let langDepth = Number.POSITIVE_INFINITY;
  let dirDepth = Number.POSITIVE_INFINITY;
  let node: Node | null = el;
  let depth = 0;
  while (node && (lang === null || dir === null)) {
    if (node instanceof Element) {
      const l = node.getAttribute('lang')?.trim();
      if (lang === null && l) {
        lang = l;
        langDepth = depth;
      }
      const d = node.getAttribute('dir')?.trim().toLowerCase();
      if (dir === null && (d === 'ltr' || d === 'rtl')) {
        dir = d;
        dirDepth = depth;
      }
      depth++;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return { lang, dir, langDepth, dirDepth };
}

function shadowRootsAbove(el: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = el.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}

/** Longest a first render waits for a table (a small file; Slow 4G needs about one second). */
const LOAD_PATIENCE_MS = 4000;

// One observer for every Passerelle element on the page (lang/dir changes are rare, hosts are few).
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let listening = false;
function observe(target: Node) {
  observer ??= new MutationObserver(() => {
    for (const c of controllers) c.update();
  });
  // A table fetched because some string asked for it (a widget part loaded later): render it in place of French.
  if (!listening) {
    listening = true;
    onLocaleLoaded((locale) => {
      for (const c of controllers) if (c.locale === locale) c.refresh();
    });
  }
  observer.observe(target, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Keeps `locale`, `lang` and `dir` of a host in sync with the nearest `lang`/`dir` attributes, and fetches the
 * message tables of a locale other than French: `loading` is set meanwhile, and the host holds its render
 * until it settles (PasserelleElement.scheduleUpdate), so a person sees neither keys nor a flash of French.
 */
export class LocaleController implements ReactiveController {
  /** The full language tag found (`fr-FR`), or `fr`. */
  lang = 'fr';
  locale: Locale = 'fr';
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Settles once the tables of `locale` are there (or failed: French is then shown). */
  loading: Promise<void> | undefined;
  private loadingLocale: Locale | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    for (const root of shadowRootsAbove(this.host)) observe(root);
    this.update();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  update(): void {
    const { lang: found, dir: dirAttr, langDepth, dirDepth } = resolveLangDir(this.host);
    const lang = found ?? 'fr';
    const locale = normalizeLocale(lang);
    // The closer of `dir` and `lang` decides: <html dir="ltr"> must not turn a lang="ar" widget left to right.
    const dir = dirAttr && dirDepth <= langDepth ? dirAttr : directionOf(lang);
    if (localeReady(locale)) {
      this.loading = this.loadingLocale = undefined;
    } else if (this.loadingLocale !== locale) {
      // Render in French rather than wait for ever on a stalled network; the table re-renders on arrival.
      const patience = new Promise<void>((resolve) => setTimeout(resolve, LOAD_PATIENCE_MS));
      const loading: Promise<void> = Promise.race([loadLocale(locale), patience]).then(() => {
        if (this.loading !== loading) return;
        this.loading = this.loadingLocale = undefined;
        this.host.requestUpdate();
      });
      this.loading = loading;
      this.loadingLocale = locale;
    }
    if (lang !== this.lang || locale !== this.locale || dir !== this.dir) {
      this.lang = lang;
      this.locale = locale;
      this.dir = dir;
      this.host.requestUpdate();
    }
  }

  /** Renders again with the tables now loaded. */
  refresh(): void {
    this.host.requestUpdate();
  }
}
