import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from '../generated/custom-elements.json' with { type: 'json' };
import { withHost } from './decorators.ts';
import { equalAccessAfterEach } from './equal-access.ts';

setCustomElementsManifest(manifest);

/** A toolbar menu: its items as value -> title, in order. */
function toolbar(description: string, title: string, icon: string, items: Record<string, string>) {
  return {
    description,
    toolbar: {
      title,
      icon,
      items: Object.entries(items).map(([value, itemTitle]) => ({ value, title: itemTitle })),
      dynamicTitle: true,
    },
  };
}

const preview: Preview = {
  globalTypes: {
    theme: toolbar('Thème Passerelle', 'Thème', 'paintbrush', {
      default: 'Par défaut',
      'contraste-eleve': 'Contraste élevé',
      sombre: 'Sombre',
      association: 'Association (exemple)',
    }),
    locale: toolbar('Langue', 'Langue', 'globe', {
      fr: 'Français',
      en: 'English',
      ar: 'العربية',
      pt: 'Português',
      tr: 'Türkçe',
      uk: 'Українська',
    }),
    dir: toolbar("Sens d'écriture", 'Sens', 'transfer', { ltr: 'Gauche à droite', rtl: 'Droite à gauche' }),
  },
  initialGlobals: { theme: 'default', locale: 'fr', dir: 'ltr' },
  decorators: [withHost as Decorator],
  // The second engine, IBM Equal Access, on every story too (the a11y addon runs axe).
  afterEach: equalAccessAfterEach,
  parameters: {
    // Every story is a test; any axe violation fails it.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};
export default preview;
