import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { familyStories } from './examples.stories.js';

const meta: Meta = {
  title: 'Blocs/Confirmation',
  parameters: {
    docs: {
      description: {
        component:
          'Fenêtre de confirmation modale (dialog natif, showModal) : le focus entre, Échap ferme, le focus revient au bouton.',
      },
    },
  },
};
export default meta;

const s = familyStories('dialogue');
export const Vide: StoryObj = { ...s.Vide, name: 'Vide' };
export const Rempli: StoryObj = { ...s.Rempli, name: 'Rempli' };
export const Focus: StoryObj = { ...s.Focus, name: 'Focus' };
export const Erreur: StoryObj = { ...s.Erreur, name: 'Erreur' };
export const Desactive: StoryObj = { ...s.Desactive, name: 'Désactivé' };
export const TexteLong: StoryObj = { ...s.TexteLong, name: 'Texte long' };
export const Rtl: StoryObj = { ...s.Rtl, name: 'Arabe (droite à gauche)' };
export const HoteHostile: StoryObj = { ...s.HoteHostile, name: 'Hôte hostile' };
