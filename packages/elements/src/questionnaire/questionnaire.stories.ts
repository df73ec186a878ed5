import { referenceHouseholds } from '@passerelle/rules/flow';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../define/passerelle-questionnaire.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import { answerCurrent, buttonByText, runJourney, settle } from './test-helpers.js';
import { until } from '../base/test-helpers.js';

const MONTH = '2026-05';
const household = (id: string) => referenceHouseholds(MONTH).find((h) => h.id === id)!;
const widget = (root: HTMLElement) =>
  root.querySelector('passerelle-questionnaire') as PasserelleQuestionnaire;
const publicMode = () =>
  html`<div lang="fr"><passerelle-questionnaire month=${MONTH} commune="94028"></passerelle-questionnaire></div>`;
const mediationMode = () =>
  html`<div lang="fr">
    <passerelle-questionnaire mode="accompagnement" month=${MONTH} commune="94028"></passerelle-questionnaire>
  </div>`;
/** The widget of the story, rendered, after "Commencer". */
async function started(root: HTMLElement): Promise<PasserelleQuestionnaire> {
  const el = widget(root);
  await settle(el);
  buttonByText(el, 'Commencer').click();
  await settle(el);
  return el;
}

const meta: Meta = {
  title: 'Widgets/Questionnaire',
  parameters: {
    docs: {
      description: {
        component:
          'Le bilan d’accès aux droits : une personne seule (mode public, peu de questions) ou avec un médiateur (mode accompagnement, tous les thèmes et le suivi de chaque droit). Rien n’est envoyé sur Internet.',
      },
    },
  },
};
export default meta;

export const Accueil: StoryObj = {
  name: 'Accueil',
  render: () => html`<div lang="fr">
    <passerelle-questionnaire month=${MONTH} commune="94028">
      <p>Le CCAS de Belleville-sur-Marne vous propose ce bilan. Vous pouvez aussi le faire avec nous, sur rendez-vous.</p>
    </passerelle-questionnaire>
  </div>`,
};

export const EnCours: StoryObj = {
  name: 'Mode public, en cours',
  render: publicMode,
  play: async ({ canvasElement }) => {
    const el = await started(canvasElement);
    const h = household('single-parent-part-time');
    for (let i = 0; i < 4; i++) await answerCurrent(el, h);
  },
};

export const Resultats: StoryObj = {
  name: 'Résultats (parent seul, deux enfants)',
  render: publicMode,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settle(el);
    await runJourney(el, household('single-parent-part-time'));
  },
};

export const HlmZone3: StoryObj = {
  name: 'Résultats : HLM à Auch (zone 3, réduction de loyer de solidarité)',
  render: () =>
    html`<div lang="fr"><passerelle-questionnaire month=${MONTH} commune="32013"></passerelle-questionnaire></div>`,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settle(el);
    const h = household('single-parent-part-time');
    await runJourney(el, {
      ...h,
      answers: { ...h.answers, commune: '32013', 'housing.status': 'social_tenant' },
    });
  },
};

export const MonBilan: StoryObj = {
  name: 'Mon bilan à imprimer',
  render: publicMode,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settle(el);
    await runJourney(el, household('family-four-one-salary'));
    buttonByText(el, 'Voir ma fiche à imprimer ou à partager').click();
    await settle(el);
  },
};

export const AccompagnementSuivi: StoryObj = {
  name: 'Mode accompagnement, résultats et suivi',
  render: mediationMode,
  play: async ({ canvasElement }) => {
    const el = await started(canvasElement);
    // Everything "je ne sais pas" where offered, the household otherwise: the results show every status.
    const h = household('retired-couple');
    for (const [key, value] of Object.entries(h.answers)) {
      try {
        el.flow.session?.answer(key, value);
      } catch {
        // A question not shown in this household.
      }
    }
    for (const q of el.flow.session?.questions() ?? [])
      if (el.flow.session?.answers[q.key] === undefined)
        el.flow.session?.answer(q.key, q.dontKnow ? 'dont_know' : q.kind === 'multichoice' ? [] : 'no');
    el.flow.drafts = {};
    buttonByText(el, 'Voir les résultats et le suivi').click();
    await settle(el);
    // The checklist comes with the mediator's workspace, imported on first use.
    await until(() => el.shadowRoot?.querySelector('[part=checklist]'), 'the checklist');
    await settle(el);
  },
};

export const Accompagnement: StoryObj = {
  name: 'Mode accompagnement',
  render: mediationMode,
  play: async ({ canvasElement }) => {
    await started(canvasElement);
  },
};

export const ConfigurationErronee: StoryObj = {
  name: 'Fichier des aides locales invalide',
  render: () =>
    html`<div lang="fr">
      <passerelle-questionnaire
        month=${MONTH}
        commune="94028"
        local-aids-src=${`data:application/json,${encodeURIComponent('{"format": 1, "aids": "oups"}')}`}
      ></passerelle-questionnaire>
    </div>`,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await el.localAidsReady;
    await settle(el);
  },
};

export const Rtl: StoryObj = {
  name: 'Arabe (droite à gauche)',
  render: () => html`<div lang="ar" dir="rtl">
    <passerelle-questionnaire month=${MONTH} commune="94028"></passerelle-questionnaire>
  </div>`,
};

export const Anglais: StoryObj = {
  name: 'Anglais',
  render: () =>
    html`<div lang="en"><passerelle-questionnaire month=${MONTH}></passerelle-questionnaire></div>`,
};

export const EvenementDeVie: StoryObj = {
  name: 'Entrée par événement de vie (naissance)',
  render: publicMode,
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await settle(el);
    el.shadowRoot?.querySelector<HTMLInputElement>('input[name="pq-life-event"][value="naissance"]')?.click();
    const h = household('single-parent-part-time');
    await runJourney(el, { ...h, answers: { ...h.answers, 'applicant.pregnant': 'yes' } });
  },
};
