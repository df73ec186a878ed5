// Stories of the mediator's workspace (accompagnement mode), in a demo host that is never exported or
// registered by the package: the questionnaire renders the same templates in its own shadow root.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defineElement } from '../base/define.js';
import { PasserelleElement } from '../base/passerelle-element.js';
import { blockStyles } from '../blocks/styles.js';
import { ActivityCount } from './activity.js';
import type { ChecklistRight } from './checklist.js';
import type { ChecklistState } from './model.js';
import type { FollowUp } from './model.js';
import type { OrientationSource } from './orientation.js';
import { BilanStore, type KeyValueBackend, memoryBackend } from './store.js';
import { mediatorStyles } from './styles.js';
import { MediatorWorkspace } from './workspace.js';

const RIGHTS: Record<string, string> = {
  rsa: 'Revenu de solidarité active (RSA)',
  css: 'Complémentaire santé solidaire',
  aide_logement: 'Aide au logement',
};
const THEMES: Record<string, string> = { famille: 'Famille', logement: 'Logement', sante: 'Santé' };

export class MediatorDemo extends PasserelleElement {
  static override properties = {
    backend: { attribute: false },
    activityBackend: { attribute: false },
    orientation: { attribute: false },
    checklist: { attribute: false },
    compactRights: { attribute: false },
  };
  static override styles = [PasserelleElement.styles, blockStyles, mediatorStyles];
  backend: KeyValueBackend = memoryBackend();
  activityBackend: KeyValueBackend = memoryBackend();
  orientation: OrientationSource | undefined;
  /** Shows the compact checklist of these rights (states kept here, as the questionnaire does). */
  checklist: ChecklistRight[] | undefined;
  /** Shows these rights as the dense results of accompagnement mode. */
  compactRights: SampleResult[] | undefined;
  openRights: Record<string, boolean> = {};
  states: Record<string, ChecklistState> = {};
  notes: Record<string, string> = {};
  othersOpen = false;
  status = '';
  /** The "session" a real questionnaire would hand over: here a counter, to see bilans switch. */
  opened: unknown;
  workspace!: MediatorWorkspace;

  override connectedCallback(): void {
    this.workspace ??= new MediatorWorkspace(this, {
      retentionDays: () => 30,
      orientation: () => this.orientation,
      rightLabel: (id) => RIGHTS[id] ?? id,
      themeLabel: (id) => THEMES[id] ?? id,
      onOpen: (r) => {
        this.opened = r.state;
      },
      announce: (m) => {
        this.status = m;
      },
      store: new BilanStore(this.backend),
      activity: new ActivityCount(this.activityBackend),
    });
    super.connectedCallback();
  }

  private renderChecklist(rights: ChecklistRight[]) {
    const state = (id: string) =>
      this.states[id] ??
      (rights.find((r) => r.id === id)?.status === 'not_eligible'
        ? 'not_concerned'
        : rights.find((r) => r.id === id)?.status === 'already_received'
          ? 'open'
          : 'to_open');
    return this.workspace.renderChecklist({
      rights,
      state,
      note: (id) => this.notes[id] ?? '',
      onState: (id, v) => {
        this.states = { ...this.states, [id]: v };
        this.requestUpdate();
      },
      onNote: (id, v) => {
        this.notes = { ...this.notes, [id]: v };
      },
      stateLabel: (s) => STATE_LABELS[s],
      noteLabel: (r) => `Note pour « ${r} »`,
      statusLegend: (r) => `État pour « ${r} »`,
      othersOpen: this.othersOpen,
      onToggleOthers: (open) => {
        this.othersOpen = open;
        this.requestUpdate();
      },
    });
  }

  override render() {
    const w = this.workspace;
    return html`<div lang=${this.langTag} dir=${this.textDirection}>
      ${w.renderList(() => ({ answers: {} }))}
      ${w.current ? html`<h2>Suivi</h2>${w.renderFollowUp('rsa')}<div data-fiche>${w.renderOrientation('rsa')}</div>` : ''}
      ${this.checklist ? this.renderChecklist(this.checklist) : ''}
      ${this.compactRights ? html`<h3>Vos droits</h3>` : ''}
      ${this.compactRights?.map((r) =>
        w.renderCompactRight({
          ...r,
          id: `pq-r-${r.id}`,
          statusIcon: r.status === 'possible' ? '?' : '✓',
          open: !!this.openRights[r.id],
          onToggle: (open) => {
            this.openRights = { ...this.openRights, [r.id]: open };
            this.requestUpdate();
          },
          details: () => html`<p>${r.description}</p>`,
        }),
      )}
      ${w.renderActivity()} ${w.renderDialog()}
      <p role="status">${this.status}</p>
    </div>`;
  }
}
defineElement('passerelle-mediator-demo', MediatorDemo);

const STATE_LABELS: Record<ChecklistState, string> = {
  open: 'Déjà ouvert',
  to_open: 'À ouvrir',
  oriented: 'Orienté vers',
  not_concerned: 'Non concerné',
};

interface SampleResult {
  id: string;
  label: string;
  status: 'eligible' | 'possible';
  statusText: string;
  amount?: { text: string; estimate: boolean };
  next?: string;
  description: string;
}

const SAMPLE_RESULTS: SampleResult[] = [
  {
    id: 'rsa',
    label: RIGHTS.rsa as string,
    status: 'eligible',
    statusText: 'Vous y avez probablement droit',
    amount: { text: '412 € par mois', estimate: true },
    next: 'Faites la demande en ligne sur le site de la CAF.',
    description: 'Un revenu minimum pour les personnes sans ressources ou avec de faibles ressources.',
  },
  {
    id: 'css',
    label: RIGHTS.css as string,
    status: 'possible',
    statusText: 'Peut-être : il manque une réponse',
    next: 'Demandez-la à votre caisse d’assurance maladie.',
    description: 'Une complémentaire santé gratuite ou à moins de 1 € par jour.',
  },
];

export const SAMPLE_RIGHTS: ChecklistRight[] = [
  {
    id: 'rsa',
    label: RIGHTS.rsa as string,
    theme: 'ressources',
    status: 'eligible',
    statusText: 'Vous y avez probablement droit',
  },
  {
    id: 'css',
    label: RIGHTS.css as string,
    theme: 'sante',
    status: 'possible',
    statusText: 'Peut-être : il manque une réponse',
  },
  {
    id: 'aide_logement',
    label: RIGHTS.aide_logement as string,
    theme: 'logement',
    status: 'already_received',
    statusText: 'Déjà reçue',
  },
  ...['aah', 'aspa', 'cej', 'pch'].map(
    (id): ChecklistRight => ({
      id,
      label: id.toUpperCase(),
      theme: 'famille',
      status: 'not_eligible',
      statusText: 'Pas pour l’instant',
    }),
  ),
];
declare global {
  interface HTMLElementTagNameMap {
    'passerelle-mediator-demo': MediatorDemo;
  }
}

const now = new Date().toISOString();
function seeded(
  bilans: Array<{ label: string; themes?: string[]; toOpen?: string[]; followUp?: Record<string, FollowUp> }>,
) {
  const b = memoryBackend();
  bilans.forEach(
    (x, i) =>
      void b.set(`b${i}`, {
        id: `b${i}`,
        label: x.label,
        createdAt: now,
        updatedAt: now,
        themesDone: x.themes ?? [],
        toOpen: x.toOpen ?? [],
        followUp: x.followUp ?? {},
        state: { answers: {} },
      }),
  );
  return b;
}

const refused: KeyValueBackend = {
  ...memoryBackend(),
  entries: async () => {
    throw Object.assign(new Error('blocked'), { name: 'InvalidStateError' });
  },
  set: async () => {
    throw Object.assign(new Error('blocked'), { name: 'InvalidStateError' });
  },
};

const meta: Meta = {
  title: 'Questionnaire/Espace médiateur',
  // Data shared with the tests, not a story.
  excludeStories: ['SAMPLE_RIGHTS'],
  parameters: {
    docs: {
      description: {
        component:
          'Mode accompagnement : les bilans gardés sur l’appareil (jamais visibles en mode public), le suivi d’un droit (raison du non-recours, aide nécessaire, lieu d’orientation) et les chiffres anonymes d’activité.',
      },
    },
  },
};
export default meta;

const host = (backend: KeyValueBackend) =>
  html`<passerelle-mediator-demo .backend=${backend}></passerelle-mediator-demo>`;

export const Vide: StoryObj = { name: 'Aucun bilan', render: () => host(memoryBackend()) };
export const Liste: StoryObj = {
  name: 'Trois bilans',
  render: () =>
    host(
      seeded([
        { label: 'A. B.', themes: ['famille', 'logement'], toOpen: ['rsa', 'css'] },
        { label: 'Dossier 2412' },
        { label: 'M. K.', themes: ['sante'], toOpen: ['css'] },
      ]),
    ),
};
export const StockageIndisponible: StoryObj = {
  name: 'Enregistrement impossible (navigation privée)',
  render: () => host(refused),
};
export const Suivi: StoryObj = {
  name: 'Suivi d’un droit : raison « autre » et orientation',
  render: () =>
    host(
      seeded([
        {
          label: 'A. B.',
          toOpen: ['rsa'],
          followUp: {
            rsa: {
              reason: 'autre',
              reasonNote: 'Dossier commencé puis abandonné',
              help: 'accompagnement-social',
              partner: { id: 'ccas-1', name: 'CCAS de Belleville-sur-Marne', contact: '01 23 45 67 89' },
            },
          },
        },
      ]),
    ),
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('passerelle-mediator-demo') as MediatorDemo;
    await el.workspace.refresh();
    await el.workspace.open('b0');
    await el.updateComplete;
  },
};

function counted() {
  const b = memoryBackend();
  void b.set('counts', {
    '2026-W48|rsa|to_open|non-connaissance|accompagnement-social': 3,
    '2026-W48|css|oriented|non-demande|mediateur-numerique': 2,
    '2026-W49|aide_logement|open||': 4,
  });
  return b;
}

export const Chiffres: StoryObj = {
  name: 'Chiffres anonymes d’activité',
  render: () =>
    html`<passerelle-mediator-demo .backend=${memoryBackend()} .activityBackend=${counted()}></passerelle-mediator-demo>`,
};

export const SuiviCompact: StoryObj = {
  name: 'Liste de suivi compacte',
  render: () =>
    html`<passerelle-mediator-demo .backend=${memoryBackend()} .checklist=${SAMPLE_RIGHTS}></passerelle-mediator-demo>`,
};

export const DroitsDenses: StoryObj = {
  name: 'Résultats en vue dense (une ligne par droit)',
  render: () =>
    html`<passerelle-mediator-demo .backend=${memoryBackend()} .compactRights=${SAMPLE_RESULTS}></passerelle-mediator-demo>`,
};
