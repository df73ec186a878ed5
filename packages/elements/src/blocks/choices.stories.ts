import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { familyStories } from './examples.stories.js';

const meta: Meta = {
  title: 'Blocs/Choix',
  parameters: {
    docs: {
      description: {
        component:
          'Oui / Non (avec « Je ne sais pas »), choix unique (boutons radio natifs : les flèches changent la réponse) et choix multiple (cases à cocher), dans un fieldset avec legend.',
      },
    },
  },
};
export default meta;

const s = familyStories('choix');
export const Vide: StoryObj = { ...s.Vide, name: 'Vide' };
export const Rempli: StoryObj = { ...s.Rempli, name: 'Rempli' };
export const Focus: StoryObj = { ...s.Focus, name: 'Focus' };
export const Erreur: StoryObj = { ...s.Erreur, name: 'Erreur' };
export const Desactive: StoryObj = { ...s.Desactive, name: 'Désactivé' };
export const TexteLong: StoryObj = { ...s.TexteLong, name: 'Texte long' };
export const Rtl: StoryObj = { ...s.Rtl, name: 'Arabe (droite à gauche)' };
export const HoteHostile: StoryObj = { ...s.HoteHostile, name: 'Hôte hostile' };
