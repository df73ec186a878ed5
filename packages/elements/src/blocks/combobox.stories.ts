import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { familyStories } from './examples.stories.js';

const meta: Meta = {
  title: 'Blocs/Commune',
  parameters: {
    docs: {
      description: {
        component:
          'Champ commune avec suggestions (motif combobox ARIA 1.2) : flèches haut et bas, Entrée pour choisir, Échap pour fermer, nombre de suggestions annoncé. La recherche est fournie par le widget.',
      },
    },
  },
};
export default meta;

const s = familyStories('commune');
export const Vide: StoryObj = { ...s.Vide, name: 'Vide' };
export const Rempli: StoryObj = { ...s.Rempli, name: 'Rempli' };
export const Focus: StoryObj = { ...s.Focus, name: 'Focus' };
export const Erreur: StoryObj = { ...s.Erreur, name: 'Erreur' };
export const Desactive: StoryObj = { ...s.Desactive, name: 'Désactivé' };
export const TexteLong: StoryObj = { ...s.TexteLong, name: 'Texte long' };
export const Rtl: StoryObj = { ...s.Rtl, name: 'Arabe (droite à gauche)' };
export const HoteHostile: StoryObj = { ...s.HoteHostile, name: 'Hôte hostile' };
