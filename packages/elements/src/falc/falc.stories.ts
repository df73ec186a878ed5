import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define/passerelle-falc.js';

const meta: Meta = {
  title: 'Widgets/passerelle-falc',
  component: 'passerelle-falc',
  parameters: {
    docs: {
      description: {
        component:
          'Une aide expliquée en FALC (facile à lire et à comprendre) : 5 parties avec de vrais titres, mots difficiles ' +
          'qui ouvrent leur définition sur place, un pictogramme par partie (Healthicons, MIT), lecture à voix haute ' +
          'phrase par phrase (cachée sans voix dans la langue du texte), lien vers la page officielle. En français, en ' +
          'anglais facile et en arabe facile (de droite à gauche) ; sur une page en portugais, turc ou ukrainien, le ' +
          'texte reste en français. Sans `right` : la liste des aides.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Opens the first hard word of the widget in the story. */
const openFirstWord: Story['play'] = async ({ canvasElement }) => {
  const el = canvasElement.querySelector('passerelle-falc') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('button.word')?.click();
  await el.updateComplete;
};

export const Rsa: Story = {
  name: 'RSA',
  render: () => html`<passerelle-falc right="rsa"></passerelle-falc>`,
};

export const Liste: Story = {
  name: 'Liste des aides (sans right)',
  render: () => html`<passerelle-falc></passerelle-falc>`,
};

export const Anglais: Story = {
  name: 'Anglais facile (lang="en")',
  render: () => html`<passerelle-falc right="af" lang="en"></passerelle-falc>`,
};

export const NiveauDeTitre: Story = {
  name: 'Titres de niveau 3',
  render: () => html`<passerelle-falc right="css" heading-level="3"></passerelle-falc>`,
};

export const MotOuvert: Story = {
  name: 'Mot difficile ouvert',
  render: () => html`<passerelle-falc right="aah"></passerelle-falc>`,
  play: openFirstWord,
};

export const MontantsDate: Story = {
  name: 'Montants au 1er mai 2025',
  render: () => html`<passerelle-falc right="rsa" date="2025-05-01"></passerelle-falc>`,
};

export const AideInconnue: Story = {
  name: 'Aide inconnue',
  render: () => html`<passerelle-falc right="aide-inconnue"></passerelle-falc>`,
};

export const Etroit: Story = {
  name: 'Écran étroit (320 px)',
  render: () => html`<div style="inline-size: 320px"><passerelle-falc right="aspa"></passerelle-falc></div>`,
};

export const DepuisLAdresse: Story = {
  name: 'Aide lue dans l’adresse (#droit=asf)',
  render: () => {
    // The page address names the right, as the questionnaire's falc-href="…#droit={right}" does.
    history.replaceState(null, '', `${location.pathname}${location.search}#droit=asf`);
    return html`<passerelle-falc></passerelle-falc>`;
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-falc') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await el.updateComplete;
    // Leave the address as it was (replaceState fires no hashchange: the widget keeps its right).
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  },
};

export const Arabe: Story = {
  name: 'Arabe facile (page en arabe, de droite à gauche)',
  render: () => html`<div lang="ar" dir="rtl"><passerelle-falc right="asf"></passerelle-falc></div>`,
};

export const ArabeMotOuvert: Story = {
  name: 'Arabe : mot difficile ouvert',
  render: () => html`<div lang="ar" dir="rtl"><passerelle-falc right="aah"></passerelle-falc></div>`,
  play: openFirstWord,
};

export const Portugais: Story = {
  name: 'Page en portugais : boutons en portugais, texte en français',
  render: () => html`<div lang="pt"><passerelle-falc right="rsa"></passerelle-falc></div>`,
};
