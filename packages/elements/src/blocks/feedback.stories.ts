import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { familyStories } from './examples.stories.js';

const meta: Meta = {
  title: 'Blocs/Messages',
  parameters: {
    docs: {
      description: {
        component:
          'Progression « Étape 3 sur 7 », résumé d’erreurs (role=alert, liens vers les champs), alertes, région de statut présente dès le premier rendu.',
      },
    },
  },
};
export default meta;

const s = familyStories('messages');
export const Vide: StoryObj = { ...s.Vide, name: 'Vide' };
export const Rempli: StoryObj = { ...s.Rempli, name: 'Rempli' };
export const Focus: StoryObj = { ...s.Focus, name: 'Focus' };
export const Erreur: StoryObj = { ...s.Erreur, name: 'Erreur' };
export const Desactive: StoryObj = { ...s.Desactive, name: 'Désactivé' };
export const TexteLong: StoryObj = { ...s.TexteLong, name: 'Texte long' };
export const Rtl: StoryObj = { ...s.Rtl, name: 'Arabe (droite à gauche)' };
export const HoteHostile: StoryObj = { ...s.HoteHostile, name: 'Hôte hostile' };
