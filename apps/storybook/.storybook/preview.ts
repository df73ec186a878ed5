import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import manifest from '../generated/custom-elements.json' with { type: 'json' };
import { withHost } from './decorators.ts';
import { equalAccessAfterEach } from './equal-access.ts';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Thème Passerelle',
      toolbar: {
        title: 'Thème',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Par défaut' },
          { value: 'contraste-eleve', title: 'Contraste élevé' },
          { value: 'sombre', title: 'Sombre' },
          { value: 'association', title: 'Association (exemple)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Langue',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
          { value: 'ar', title: 'العربية' },
          { value: 'pt', title: 'Português' },
          { value: 'tr', title: 'Türkçe' },
          { value: 'uk', title: 'Українська' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Sens d'écriture",
      toolbar: {
        title: 'Sens',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Gauche à droite' },
          { value: 'rtl', title: 'Droite à gauche' },
        ],
        dynamicTitle: true,
      },
    },
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
