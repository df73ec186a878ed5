import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { familyStories } from './examples.stories.js';

const meta: Meta = {
  title: 'Blocs/Champs',
  parameters: {
    docs: {
      description: {
        component:
          'Champ texte, montant en euros (accepte « 1 200,50 », « 1200.5 », « 1 200 € ») et date en jour, mois, année. Libellé, aide et erreur sont dans le même shadow root que le champ (for/id, aria-describedby).',
      },
    },
  },
};
export default meta;

const s = familyStories('champs');
export const Vide: StoryObj = { ...s.Vide, name: 'Vide' };
export const Rempli: StoryObj = { ...s.Rempli, name: 'Rempli' };
export const Focus: StoryObj = { ...s.Focus, name: 'Focus' };
export const Erreur: StoryObj = { ...s.Erreur, name: 'Erreur' };
export const Desactive: StoryObj = { ...s.Desactive, name: 'Désactivé' };
export const TexteLong: StoryObj = { ...s.TexteLong, name: 'Texte long' };
export const Rtl: StoryObj = { ...s.Rtl, name: 'Arabe (droite à gauche)' };
export const HoteHostile: StoryObj = { ...s.HoteHostile, name: 'Hôte hostile' };
