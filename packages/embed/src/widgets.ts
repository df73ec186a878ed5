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
}

export const WIDGETS: readonly WidgetInfo[] = [
  {
    tag: 'passerelle-questionnaire',
    chunk: 'questionnaire',
    define: 'passerelle-questionnaire',
    label: "Bilan d'accès aux droits",
  },
  {
    tag: 'passerelle-partner-finder',
    chunk: 'partner-finder',
    define: 'passerelle-partner-finder',
    label: 'Trouver de l’aide près de chez soi',
  },
  { tag: 'passerelle-falc', chunk: 'falc', define: 'passerelle-falc', label: 'Vos droits en facile à lire' },
];

export const widgetByTag = (tag: string): WidgetInfo | undefined => WIDGETS.find((w) => w.tag === tag);
