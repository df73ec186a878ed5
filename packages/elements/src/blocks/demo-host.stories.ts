// Internal demo host for the block stories and browser tests. Never exported, never registered by the
// package: blocks need a shadow root of their own, and this element gives them one.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, type ReactiveController } from 'lit';
import { defineElement } from '../base/define.js';
import { PasserelleElement } from '../base/passerelle-element.js';
import { type ChoiceOption, checkboxGroup } from './choice.js';
import { ComboboxController, type ComboboxOption } from './combobox.js';
import { dateField, EMPTY_DATE, type DateParts } from './date.js';
import { ConfirmDialogController } from './dialog.js';
import { type ErrorSummaryItem, errorSummary, focusErrorSummary, requiredNotice } from './error-summary.js';
import { textField } from './field.js';
import { button } from './layout.js';
import { moneyField } from './money.js';
import { parseDateParts, parseMoney } from './parse.js';
import { progress } from './progress.js';
import { statusRegion } from './status.js';
import { blockStyles } from './styles.js';
import { yesNo } from './yes-no.js';

export type DemoTemplate = (host: BlocksDemo) => unknown;

export class BlocksDemo extends PasserelleElement {
  static override properties = {
    template: { attribute: false },
    state: { attribute: false },
  };
  static override styles = [
    PasserelleElement.styles,
    blockStyles,
    css`
      :host {
        padding: var(--passerelle-space-4, 1em);
        max-inline-size: 40em;
      }
    `,
  ];

  template: DemoTemplate | undefined;
  state: Record<string, unknown> = {};
  private controllers = new Map<string, ReactiveController>();

  get<T>(key: string, fallback: T): T {
    return (this.state[key] as T | undefined) ?? fallback;
  }

  set(key: string, value: unknown): void {
    this.state = { ...this.state, [key]: value };
  }

  /** One controller per key, created on first use. */
  use<C extends ReactiveController>(key: string, make: (host: this) => C): C {
    let c = this.controllers.get(key) as C | undefined;
    if (!c) {
      c = make(this);
      this.controllers.set(key, c);
    }
    return c;
  }

  override render() {
    return html`<div lang=${this.langTag} dir=${this.textDirection}>${this.template?.(this)}</div>`;
  }
}
defineElement('passerelle-blocks-demo', BlocksDemo);

/** Lit template of a demo host rendering `template`. */
export const demo = (template: DemoTemplate, state: Record<string, unknown> = {}) =>
  html`<passerelle-blocks-demo .template=${template} .state=${state}></passerelle-blocks-demo>`;

/** A few communes for stories and tests (the real search comes from @passerelle/partners). */
export const SAMPLE_COMMUNES: ComboboxOption[] = [
  { id: '69123', label: 'Lyon', detail: '69001 à 69009 · Rhône' },
  { id: '69259', label: 'Vénissieux', detail: '69200 · Rhône' },
  { id: '69266', label: 'Villeurbanne', detail: '69100 · Rhône' },
  { id: '75056', label: 'Paris', detail: '75001 à 75020 · Paris' },
  { id: '13055', label: 'Marseille', detail: '13001 à 13016 · Bouches-du-Rhône' },
  { id: '59350', label: 'Lille', detail: '59000 · Nord' },
  { id: '31555', label: 'Toulouse', detail: '31000 · Haute-Garonne' },
  { id: '33063', label: 'Bordeaux', detail: '33000 · Gironde' },
  { id: '44109', label: 'Nantes', detail: '44000 · Loire-Atlantique' },
  { id: '67482', label: 'Strasbourg', detail: '67000 · Bas-Rhin' },
  { id: '34172', label: 'Montpellier', detail: '34000 · Hérault' },
  { id: '06088', label: 'Nice', detail: '06000 · Alpes-Maritimes' },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** In-memory search: name prefix, then name contains, or postcode prefix. */
export async function searchSampleCommunes(query: string): Promise<ComboboxOption[]> {
  const q = fold(query.trim());
  const starts = SAMPLE_COMMUNES.filter((c) => fold(c.label).startsWith(q) || c.detail?.startsWith(q));
  const contains = SAMPLE_COMMUNES.filter((c) => !starts.includes(c) && fold(c.label).includes(q));
  return [...starts, ...contains];
}

const AIDS: ChoiceOption[] = [
  { value: 'rsa', label: 'RSA' },
  { value: 'apl', label: 'Aide au logement (APL)' },
  { value: 'af', label: 'Allocations familiales' },
];

/** A complete small form: every field block, validation on submit, error summary, status and dialog. */
export const fullForm: DemoTemplate = (host) => {
  const errors = host.get<Record<string, string>>('errors', {});
  const commune = host.use('commune', (h) => new ComboboxController(h, { search: searchSampleCommunes }));
  const dialog = host.use('dialog', (h) => new ConfirmDialogController(h));
  const submit = async (e: Event) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!host.get('prenom', '').trim()) next.prenom = 'Remplissez le champ « Prénom ».';
    const money = parseMoney(host.get('revenus', ''), host.locale);
    if (!money.ok) next.revenus = money.message || 'Remplissez le champ « Revenus du mois ».';
    const date = parseDateParts(host.get<DateParts>('naissance', EMPTY_DATE), host.locale, {
      notInFuture: true,
    });
    if (!date.ok) next.naissance = date.message || 'Écrivez votre date de naissance, par exemple 27 3 1985.';
    if (!host.get('logement', '')) next.logement = 'Choisissez une réponse pour « Êtes-vous locataire ? ».';
    if (!host.get('commune', null)) next.commune = 'Choisissez une commune dans la liste des suggestions.';
    host.set('errors', next);
    host.set('status', Object.keys(next).length ? '' : 'Vos réponses sont enregistrées.');
    if (Object.keys(next).length) await focusErrorSummary(host);
  };
  const summary: ErrorSummaryItem[] = Object.entries(errors).map(([id, message]) => ({ id, message }));
  return html`<form novalidate @submit=${submit}>
    ${progress(host, { current: 3, total: 7 })} ${errorSummary(host, { errors: summary })}
    ${requiredNotice(host)}
    ${textField(host, {
      id: 'prenom',
      label: 'Prénom',
      required: true,
      autocomplete: 'given-name',
      value: host.get('prenom', ''),
      error: errors.prenom,
      onInput: (v) => host.set('prenom', v),
    })}
    ${moneyField(host, {
      id: 'revenus',
      label: 'Revenus du mois',
      required: true,
      value: host.get('revenus', ''),
      error: errors.revenus,
      onInput: (v) => host.set('revenus', v),
      onCommit: (text) => {
        const r = parseMoney(text, host.locale);
        if (r.ok) host.set('revenus', r.display);
      },
    })}
    ${dateField(host, {
      id: 'naissance',
      label: 'Date de naissance',
      required: true,
      autocomplete: 'bday',
      value: host.get('naissance', EMPTY_DATE),
      error: errors.naissance,
      onInput: (v) => host.set('naissance', v),
    })}
    ${yesNo(host, {
      id: 'logement',
      label: 'Êtes-vous locataire ?',
      required: true,
      dontKnow: true,
      value: host.get('logement', ''),
      error: errors.logement,
      onChange: (v) => host.set('logement', v),
    })}
    ${checkboxGroup(host, {
      id: 'aides',
      label: 'Quelles aides recevez-vous déjà ?',
      hint: 'Cochez toutes les réponses qui vous concernent.',
      options: AIDS,
      values: host.get<string[]>('aides', []),
      onChange: (v) => host.set('aides', v),
    })}
    ${commune.render({
      id: 'commune',
      label: 'Commune',
      hint: 'Tapez les premières lettres ou le code postal.',
      required: true,
      error: errors.commune,
      onSelect: (c) => host.set('commune', c),
    })}
    <div class="pa-card__footer">
      ${button({ label: 'Valider', type: 'submit' })}
      ${button({
        label: 'Effacer mes réponses',
        variant: 'secondary',
        onClick: (e) => void dialog.show(e.currentTarget as HTMLElement),
      })}
    </div>
    ${statusRegion(host.get('status', ''), { visible: true })}
    ${dialog.render({
      id: 'effacer',
      heading: 'Effacer toutes vos réponses ?',
      content: html`<p>Vos réponses seront supprimées de cet appareil. Vous ne pourrez pas les retrouver.</p>`,
      confirmLabel: 'Oui, tout effacer',
      tone: 'danger',
      onConfirm: () => {
        host.state = { status: 'Vos réponses sont effacées.' };
        commune.setValue(null);
      },
    })}
  </form>`;
};

const meta: Meta = {
  title: 'Blocs/Vue d’ensemble',
  excludeStories: /^[a-z]|^[A-Z_]+$|^BlocksDemo$/,
  parameters: {
    docs: {
      description: {
        component:
          'Un petit formulaire qui assemble tous les blocs de champ : validation à l’envoi, résumé d’erreurs, région de statut, confirmation.',
      },
    },
  },
};
export default meta;

export const Formulaire: StoryObj = { render: () => demo(fullForm) };
export const FormulaireHoteHostile: StoryObj = {
  name: 'Formulaire — Hôte hostile',
  parameters: { hostile: true },
  render: () => demo(fullForm),
};
