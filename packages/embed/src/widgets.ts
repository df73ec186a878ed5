// The widgets the embed knows. Pure data: shared by the loader (browser) and the build (Node).

export interface WidgetInfo {
  /** Custom element tag a webmaster writes in the page. */
  tag: string;
  /** Chunk file name in dist/, without `.js`; also the npm subpath (`@passerelle/embed/<chunk>`). */
  chunk: string;
  /** Define file in @passerelle/elements (`src/define/<define>.ts`). */
  define: string;
  /** French label used in docs and in the snippet builder. */
  label: string;
  /**
   * Host files the widget will read, from its attributes only (never from what a person types): the loader
   * requests them as soon as it sees the tag, in the same wave as the widget's code. Relative to the page.
   */
  hostFiles?: (el: Element) => string[];
  /** Lazily loaded code the widget will need given its attributes (keys of the build's lazy table). */
  lazyNeeds?: (el: Element) => string[];
}

/** Département of an INSEE commune code (Corsica 2A/2B, overseas 97x/98x), or undefined. */
export function departementOfCode(code: string | null): string | undefined {
  const c = code?.trim().toUpperCase() ?? '';
  if (!/^(\d{5}|2[AB]\d{3})$/.test(c)) return undefined;
  return c.startsWith('97') || c.startsWith('98') ? c.slice(0, 3) : c.slice(0, 2);
}

/** `file` next to `base` (a URL relative to the page), as the widgets resolve it. */
const beside = (base: string, file: string): string => new URL(file, new URL(base, document.baseURI)).href;

/** Language of the widget (nearest lang attribute), when it is not French: its tables load lazily. */
const language = (el: Element): string[] => {
  const lang = el.closest('[lang]')?.getAttribute('lang')?.toLowerCase().split('-')[0];
  return lang && lang !== 'fr' ? [`lang:${lang}`] : [];
};

export const WIDGETS: readonly WidgetInfo[] = [
  {
    tag: 'passerelle-questionnaire',
    chunk: 'questionnaire',
    define: 'passerelle-questionnaire',
    label: "Bilan d'accès aux droits",
    hostFiles(el) {
      const files: string[] = [];
      const aids = el.getAttribute('local-aids-src');
      const communes = el.getAttribute('communes-src');
      if (aids) files.push(aids);
      // The partner index: the fiche de liaison names places near the host commune.
      const partners = el.getAttribute('partners-src');
      if (partners) files.push(partners);
      // Local aids given to an EPCI are settled from the host commune's département file.
      const dep = departementOfCode(el.getAttribute('commune'));
      if (communes) files.push(communes, ...(aids && dep ? [beside(communes, `dep-${dep}.json`)] : []));
      return files;
    },
    lazyNeeds: (el) => [
      // Everything after the start screen: asked for at once, compiled while the start screen is read.
      'engine',
      // The 25 rights kept out of the first load (issue 15) are needed by every bilan.
      'extra-rights',
      ...(el.hasAttribute('local-aids-src') ? ['local-aids'] : []),
      ...(el.getAttribute('mode') === 'accompagnement' ? ['mediator'] : []),
      ...language(el),
    ],
  },
  {
    tag: 'passerelle-partner-finder',
    chunk: 'partner-finder',
    define: 'passerelle-partner-finder',
    label: 'Trouver de l’aide près de chez soi',
    hostFiles(el) {
      const index = el.getAttribute('src');
      if (!index) return [];
      const files = [index];
      // With a commune preset, the finder searches at once: its shards and its position.
      const dep = departementOfCode(el.getAttribute('commune'));
      if (dep) {
        const communes = el.getAttribute('communes-src') ?? beside(index, 'communes/manifest.json');
        files.push(beside(index, `${dep}.json`), beside(index, 'national.json'), communes);
        files.push(beside(communes, `dep-${dep}.json`));
      }
      return files;
    },
    // The search code: the form shows without it, the search needs it at once.
    lazyNeeds: (el) => ['partner-search', ...language(el)],
  },
  {
    tag: 'passerelle-falc',
    chunk: 'falc',
    define: 'passerelle-falc',
    label: 'Vos droits en facile à lire',
    lazyNeeds(el) {
      const right = el.getAttribute('right') ?? new URL(document.URL).searchParams.get('droit');
      return [...(right ? [`right:${right}`] : []), ...language(el)];
    },
  },
];

export const widgetByTag = (tag: string): WidgetInfo | undefined => WIDGETS.find((w) => w.tag === tag);
