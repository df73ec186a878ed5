import { evaluateValid as evaluate } from '@passerelle/rules';
import { getRightDetails } from '@passerelle/rules/catalogue';
import { answersToSituation, referenceHouseholds } from '@passerelle/rules/flow';
import { summarize } from '@passerelle/rules/summary';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { card } from '../blocks/card.js';
import { type BlocksDemo, demo } from '../blocks/demo-host.stories.js';
import { HandoffController } from './controller.js';
import { ficheHtml } from './fiche.js';
import { ficheTranslator } from './fiche-messages.js';
import { buildFiche } from './fiche-build.js';
import { amountWords, type HandoffRight, helpersWords, wordingFor } from './fiche-model.js';
import { openSavedField, restorePrompt, sharePanel, summaryView, handoffError } from './views.js';
import { until } from '../base/test-helpers.js';

const MONTH = '2026-12';
const w = wordingFor('fr');
const STATUS: Record<string, string> = {
  eligible: 'Vous y avez probablement droit',
  possible: 'Vous y avez peut-être droit',
  already_received: 'Vous la recevez déjà',
  not_eligible: 'D’après vos réponses, vous n’y avez pas droit',
};

/** The results of a reference household, as the widget shows them (with the catalogue's details). */
function householdRights(id: string, month = MONTH): HandoffRight[] {
  const h = referenceHouseholds(month).find((x) => x.id === id);
  if (!h) throw new Error(id);
  return evaluate(answersToSituation(h.answers, { month })).rights.map((r) => {
    const d = getRightDetails(r.id);
    return d ? { ...r, description: d.description, procedure: d.procedure } : r;
  });
}

const PAYMENTS = (id: string) => (id === 'ars' ? { frequency: 'yearly' as const, month: 8 } : undefined);
const summaryOf = (id: string) => summarize(householdRights(id), { month: MONTH, paymentOf: PAYMENTS });

const meta: Meta = {
  title: 'Widgets/Questionnaire/Résultats et fiche de liaison',
  parameters: {
    docs: {
      description: {
        component:
          'Les résultats en groupes (versées chaque mois, une fois par an, à confirmer, démarches utiles) et la fiche de liaison : imprimée seule, téléchargée, rouverte par un lien ou un code QR dont les réponses ne passent par aucun serveur.',
      },
    },
  },
};
export default meta;

const simpleCard = (r: HandoffRight, extra: unknown) =>
  card({
    id: `s-${r.id}`,
    heading: r.label,
    headingLevel: 4,
    content: html`<p>${STATUS[r.status]}</p>
      ${amountWords(r, w) ? html`<p>${amountWords(r, w)}</p>` : nothing}${extra}
      <p>À contacter : ${helpersWords(r)}</p>`,
  });

export const Resume: StoryObj = {
  name: 'Résumé en groupes (parent seul, décembre)',
  render: () =>
    demo(
      () =>
        html`<h2>Vos résultats</h2>
        ${summaryView({
          summary: summaryOf('single-parent-part-time'),
          wording: w,
          card: simpleCard,
          settle: (m) => html`<p>${w.t('settleWith', { question: m.settle.join(', ') || '…' })}</p>`,
        })}`,
    ),
};

export const AuDessusDesPlafonds: StoryObj = {
  name: 'Résumé sans total (aucune aide versée chaque mois)',
  render: () =>
    demo(
      () =>
        html`<h2>Vos résultats</h2>
        ${summaryView({
          summary: summarize(
            householdRights('single-parent-part-time').map((r) => ({
              ...r,
              status: 'not_eligible' as const,
            })),
            { month: MONTH },
          ),
          wording: w,
          card: simpleCard,
          settle: () => nothing,
        })}`,
    ),
};

function fiche(mode: 'public' | 'accompagnement') {
  const summary = summaryOf('retired-couple');
  return ficheHtml(
    buildFiche({
      summary,
      wording: w,
      statusText: (r) => STATUS[r.status] ?? '',
      settle: (m) => m.settle.map(() => 'Quel est le montant de vos retraites ?'),
      answers: [
        { question: 'Votre date de naissance', answer: '1er mars 1954' },
        { question: 'Vivez-vous en couple ?', answer: 'Oui' },
        { question: 'Montant de vos retraites, par mois', answer: '1 050 €' },
      ],
      lang: 'fr',
      dir: 'ltr',
      hostName: 'CCAS de Belleville-sur-Marne',
      date: '3 décembre 2026',
      month: MONTH,
      booking: { ccas: 'https://belleville.example/ccas/rendez-vous' },
      places: () => [
        {
          name: 'CCAS de Belleville-sur-Marne',
          address: '1 place de la Mairie, 94000 Belleville-sur-Marne',
          phone: '01 23 45 67 89',
          hours: 'Lundi : 9 h à 12 h ; Mercredi : 14 h à 17 h',
          openNow: true,
        },
      ],
      ...(mode === 'accompagnement'
        ? {
            followUp: summary.monthly.concat(summary.steps).map((r) => ({
              right: r.label,
              state: 'À ouvrir',
              orientedTo: r.id === 'aspa' ? 'Carsat' : '',
              note: '',
            })),
          }
        : {}),
      reopen: { href: 'https://belleville.example/bilan#passerelle-bilan=1.exemple' },
    }),
    ficheTranslator('fr', w.t),
  );
}

const frame = (doc: string, title: string) =>
  html`<iframe title=${title} .srcdoc=${doc} style="inline-size:100%;block-size:40em;border:1px solid #888"></iframe>`;

/**
 * The checks read the frame's document: wait until the fiche is in it. The frame first holds an empty document,
 * which can have no root element at all while the fiche is being parsed; the fiche's own `load` ends the wait.
 */
const loaded = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const iframe = canvasElement.querySelector('iframe');
  while (iframe && !iframe.contentDocument?.documentElement?.lang)
    await new Promise((r) => iframe.addEventListener('load', r, { once: true }));
};

export const FichePublic: StoryObj = {
  name: 'Fiche de liaison (couple de retraités)',
  render: () => frame(fiche('public'), 'Fiche de liaison'),
  play: loaded,
};

export const FicheAccompagnement: StoryObj = {
  name: 'Fiche de liaison avec le suivi (accompagnement)',
  render: () => frame(fiche('accompagnement'), 'Fiche de liaison avec le suivi'),
  play: loaded,
};

const withController = (pending: boolean, error: '' | 'payloadDamaged' | 'payloadOld' = '') =>
  demo((host: BlocksDemo) => {
    const c = host.use('handoff', (h) => new HandoffController(h, { restore: () => {} }));
    c.pending = pending;
    c.error = error;
    return html`${handoffError(host, c, w)}${c.pending ? restorePrompt(host, c, w, () => {}) : nothing}
    ${openSavedField(c, w, () => {})}`;
  });

export const Restaurer: StoryObj = {
  name: 'Lien partagé : ouvrir ce bilan ?',
  render: () => withController(true),
};
export const LienAbime: StoryObj = {
  name: 'Lien abîmé',
  render: () => withController(false, 'payloadDamaged'),
};
export const LienAncien: StoryObj = {
  name: 'Lien d’une ancienne version',
  render: () => withController(false, 'payloadOld'),
};

export const LienEtQr: StoryObj = {
  name: 'Lien et code QR pour un autre appareil',
  render: () =>
    demo((host: BlocksDemo) => {
      const c = host.use('handoff', (h) => new HandoffController(h, { restore: () => {} }));
      return sharePanel(c, w, () =>
        c.share({ month: MONTH, mode: 'public', themes: ['famille'], answers: { couple: 'no' } }, true),
      );
    }),
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('passerelle-blocks-demo') as BlocksDemo;
    await host.updateComplete;
    (host.shadowRoot as ShadowRoot).querySelector('button')?.click();
    await until(() => host.shadowRoot?.querySelector('.pq-qr svg'), 'the QR code');
  },
};
