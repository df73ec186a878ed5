import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, type Locale, normalizeLocale } from '../i18n/locale.js';

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

// One observer for every Passerelle element on the page (lang/dir changes are rare, hosts are few).
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;
function observe(target: Node) {
  observer ??= new MutationObserver(() => {
    for (const c of controllers) c.update();
  });
  observer.observe(target, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/** Keeps `locale`, `lang` and `dir` of a host in sync with the nearest `lang`/`dir` attributes. */
export class LocaleController implements ReactiveController {
  /** The full language tag found (`fr-FR`), or `fr`. */
  lang = 'fr';
  locale: Locale = 'fr';
  dir: 'ltr' | 'rtl' = 'ltr';

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
    if (lang !== this.lang || locale !== this.locale || dir !== this.dir) {
      this.lang = lang;
      this.locale = locale;
      this.dir = dir;
      this.host.requestUpdate();
    }
  }
}
