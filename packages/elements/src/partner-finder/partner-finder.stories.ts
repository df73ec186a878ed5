import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define/passerelle-partner-finder.js';
import { EXAMPLE_DATASET, EXAMPLE_NOW } from './example-data.js';
import { until } from '../base/test-helpers.js';

const meta: Meta = {
  title: 'Widgets/passerelle-partner-finder',
  component: 'passerelle-partner-finder',
  parameters: {
    docs: {
      description: {
        component:
          'Qui peut m’aider, près de chez moi, maintenant ? Besoin + commune (ou code postal, ou position) → liste ' +
          'accessible des lieux (CAF, CPAM, France Services, CCAS, mairies…), regroupés par type, avec la distance, ' +
          '« ouvert maintenant », le détail (adresse, horaires, téléphone, itinéraire, copier, imprimer). Ces histoires ' +
          'utilisent des lieux fictifs en mémoire (propriété `data`) : aucune requête.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;
type Finder = HTMLElement & { updateComplete: Promise<unknown> };

const finder = async (canvasElement: HTMLElement): Promise<Finder> => {
  const el = canvasElement.querySelector('passerelle-partner-finder') as Finder;
  await el.updateComplete;
  return el;
};
/** Waits until the preset search has written its status. */
const settled = async (el: Finder) => {
  await until(
    () => el.shadowRoot?.querySelector('[role=status].pa-status')?.textContent?.trim(),
    'the search status',
  );
  await el.updateComplete;
};

export const Formulaire: Story = {
  name: 'Formulaire vide',
  render: () =>
    html`<passerelle-partner-finder .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
};

export const CommuneChoisie: Story = {
  name: 'Résultats à Vitry-sur-Seine',
  render: () =>
    html`<passerelle-partner-finder commune="94081" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const BesoinCaf: Story = {
  name: 'Besoin « CAF » à Créteil',
  render: () =>
    html`<passerelle-partner-finder commune="Créteil" need="caf" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const DepuisUnDroit: Story = {
  name: 'Ouvert depuis le bilan (right="css")',
  render: () =>
    html`<passerelle-partner-finder commune="94081" right="css" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const Detail: Story = {
  name: 'Détail d’un lieu',
  render: () =>
    html`<passerelle-partner-finder commune="94081" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => {
    const el = await finder(canvasElement);
    await settled(el);
    el.shadowRoot?.querySelector<HTMLButtonElement>('.pf__linkbutton')?.click();
    await el.updateComplete;
  },
};

export const AucunResultat: Story = {
  name: 'Aucun résultat',
  render: () =>
    html`<passerelle-partner-finder commune="94081" need="handicap" radius="5" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const ErreurDeChargement: Story = {
  name: 'Fichier de lieux introuvable',
  render: () =>
    html`<passerelle-partner-finder
      src="/donnees/manquant/manifest.json"
      .fetchJson=${() => Promise.reject(new Error('erreur 404'))}
    ></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => {
    const el = await finder(canvasElement);
    await until(() => el.shadowRoot?.querySelector('[role=alert]'), 'the error message');
  },
};

export const TitreNiveau3: Story = {
  name: 'Titres de niveau 3 (heading-level="3")',
  render: () =>
    html`<passerelle-partner-finder heading-level="3" commune="94041" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const Arabe: Story = {
  name: 'En arabe, de droite à gauche (lang="ar")',
  render: () =>
    html`<div lang="ar" dir="rtl"><passerelle-partner-finder commune="94081" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder></div>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const Portugais: Story = {
  name: 'En portugais (lang="pt")',
  render: () =>
    html`<div lang="pt"><passerelle-partner-finder commune="94081" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder></div>`,
  play: async ({ canvasElement }) => settled(await finder(canvasElement)),
};

export const Anglais: Story = {
  name: 'En anglais (lang="en"), détail d’un lieu',
  render: () =>
    html`<div lang="en"><passerelle-partner-finder commune="94081" .data=${EXAMPLE_DATASET} .now=${EXAMPLE_NOW}></passerelle-partner-finder></div>`,
  play: async ({ canvasElement }) => {
    const el = await finder(canvasElement);
    await settled(el);
    el.shadowRoot?.querySelector<HTMLButtonElement>('.pf__linkbutton')?.click();
    await el.updateComplete;
  },
};

export const ServeurMuet: Story = {
  name: 'Serveur qui ne répond pas (timeout="1")',
  render: () =>
    html`<passerelle-partner-finder
      src="/donnees/lent/manifest.json"
      timeout="1"
      .fetchJson=${() => new Promise(() => undefined)}
    ></passerelle-partner-finder>`,
  play: async ({ canvasElement }) => {
    const el = await finder(canvasElement);
    await until(() => el.shadowRoot?.querySelector('[role=alert]'), 'the error message');
  },
};
