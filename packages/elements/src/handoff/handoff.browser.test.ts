// The fiche de liaison in a real browser: printed alone from a frame, downloaded, opened again; a shared
// link waits for consent, a damaged one says so.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { html, LitElement, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HandoffController } from './controller.js';
import { buildFiche } from './fiche-build.js';
import { type FicheInput, type HandoffRight, wordingFor } from './fiche-model.js';
import { ficheHtml } from './fiche.js';
import { ficheTranslator } from './fiche-messages.js';
import { downloadFiche, ficheDocument, printFiche, reopenLink } from './actions.js';
import { type BilanPayload, decodePayload, payloadFromFile } from './payload.js';
import { summarize } from '@passerelle/rules/summary';
import { identifierLike } from './test-helpers.js';
import type { Place } from '@passerelle/partners/browser';
import { dayLineIn, placesFor } from './places.js';

const w = wordingFor('fr');
const payload: BilanPayload = {
  month: '2026-05',
  mode: 'accompagnement',
  themes: ['ressources'],
  answers: { 'applicant.birthDate': '1954-03-01', couple: 'no', 'applicant.pension': 700 },
  checklist: { aspa: { state: 'oriented', orientedTo: 'Carsat', note: 'Dossier à compléter' } },
};
const rights: HandoffRight[] = [
  {
    id: 'aspa',
    label: 'Allocation de solidarité aux personnes âgées (ASPA)',
    status: 'eligible',
    amount: { value: 335.07, per: 'month', kind: 'estimate' },
    missing: [],
    contacts: ['carsat', 'caisse-retraite'],
    procedure: {
      url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F16871',
      steps: ['Remplissez le formulaire.'],
      papers: ['Avis d’imposition'],
    },
  },
];
const input: Omit<FicheInput<HandoffRight>, 'reopen' | 'payload'> = {
  summary: summarize(rights, { month: '2026-05' }),
  wording: w,
  statusText: () => 'Vous y avez probablement droit',
  answers: [{ question: 'Votre date de naissance', answer: '1er mars 1954' }],
  lang: 'fr',
  dir: 'ltr',
  hostName: 'CCAS de Belleville-sur-Marne',
  date: '3 mai 2026',
  month: '2026-05',
  followUp: [{ right: 'ASPA', state: 'Orienté vers…', orientedTo: 'Carsat', note: 'Dossier à compléter' }],
};

const cleanup: Array<() => void> = [];
afterEach(() => {
  for (const f of cleanup.splice(0)) f();
  vi.restoreAllMocks();
});

class Host extends LitElement {
  restored: BilanPayload[] = [];
  handoff = new HandoffController(this, {
    restore: (p) => {
      this.restored.push(p);
    },
  });
}
customElements.define('handoff-test-host', Host);
const mount = () => {
  const el = document.createElement('handoff-test-host') as Host;
  document.body.append(el);
  cleanup.push(() => el.remove());
  return el;
};

describe('fiche de liaison in the browser', () => {
  it('prints from a frame of its own: the host page is not in what is printed', async () => {
    const page = document.createElement('p');
    page.textContent = 'Menu du site de la mairie';
    document.body.append(page);
    cleanup.push(() => page.remove());
    let printed: Document | undefined;
    const frame = await printFiche(input, payload, (win) => {
      printed = win.document;
    });
    cleanup.push(() => frame.remove());
    expect(printed?.querySelector('h1')?.textContent).toBe('Bilan d’accès aux droits');
    expect(printed?.body.textContent).toContain('Ce n’est pas une décision');
    expect(printed?.body.textContent).not.toContain('Menu du site de la mairie');
    expect(printed?.querySelectorAll('thead th')).toHaveLength(4);
    expect(printed?.querySelector('.qr svg')).not.toBeNull();
    expect(identifierLike(printed?.body.innerText ?? '')).toEqual([]);
  });

  it('downloads a file that opens again with the same answers and follow-up', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:fiche';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const name = await downloadFiche(input, payload);
    expect(name).toMatch(/^bilan-droits-\d{4}-\d{2}-\d{2}\.html$/);
    const text = await (blob as Blob).text();
    expect(await decodePayload(payloadFromFile(text) as string)).toEqual(payload);
    const el = mount();
    expect(await el.handoff.openFile(new File([text], name, { type: 'text/html' }))).toBe(true);
    expect(el.restored).toEqual([payload]);
  });

  it('says when a file is not a bilan, or is damaged', async () => {
    const el = mount();
    expect(await el.handoff.openFile(new File(['<p>bonjour</p>'], 'x.html'))).toBe(false);
    expect(el.handoff.error).toBe('notABilan');
    const broken = ficheHtml(
      { ...buildFiche({ ...input, payload: '1.AAAAbroken' }) },
      ficheTranslator('fr', w.t),
    );
    expect(await el.handoff.openFile(new File([broken], 'x.html'))).toBe(false);
    expect(el.handoff.error).toBe('payloadDamaged');
    expect(el.restored).toEqual([]);
  });

  it('passes axe: headings, table headers, link names', async () => {
    const doc = new DOMParser().parseFromString(await ficheDocument(input, payload), 'text/html');
    const box = document.createElement('div');
    box.lang = 'fr';
    box.append(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
    document.body.append(box);
    cleanup.push(() => box.remove());
    await expectNoAxeViolations(box);
  });
});

describe('amounts on the fiche', () => {
  it('are worded as on the card: flat, estimate, yearly, and what the person would pay', async () => {
    const right = (id: string, amount: HandoffRight['amount']): HandoffRight => ({
      id,
      label: id.toUpperCase(),
      status: 'eligible',
      amount,
      missing: [],
      contacts: ['caf'],
    });
    const mixed = [
      right('af', { value: 152.25, per: 'month', kind: 'flat' }),
      right('aspa', { value: 243.59, per: 'month', kind: 'estimate' }),
      right('cheque_energie', { value: 48, per: 'year', kind: 'flat' }),
      right('css', { value: 30, per: 'month', kind: 'estimate', isCost: true }),
    ];
    const doc = new DOMParser().parseFromString(
      await ficheDocument({ ...input, summary: summarize(mixed, { month: '2026-05' }) }, payload),
      'text/html',
    );
    const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Montant : 152,25 € par mois.');
    expect(text).toContain('Environ 243,59 € par mois.');
    expect(text).toContain('Montant : 48 € par an.');
    expect(text).toContain('Vous paieriez environ 30 € par mois.');
  });
});

describe('the fiche in Arabic', () => {
  it('lists bodies to contact with the Arabic comma', async () => {
    const ar = wordingFor('ar');
    const doc = new DOMParser().parseFromString(
      await ficheDocument({ ...input, wording: ar, lang: 'ar', dir: 'rtl' }, payload),
      'text/html',
    );
    expect(doc.body.textContent).toContain('Carsat (retraite)، Caisse de retraite');
    expect(doc.body.textContent).not.toContain('Carsat (retraite), Caisse de retraite');
  });
});

describe('« Où aller » on the fiche', () => {
  const place = (id: string, types: Place['types'], lat: number): Place => ({
    id,
    source: 'test',
    nom: id,
    types,
    // Every desk of the sample data says « accès aux droits »: the theme alone proves nothing.
    thematiques: ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
    lat,
    lon: 2.45,
    modesAccueil: ['en-presentiel'],
    publics: [],
  });
  const commune = {
    code: '94028',
    nom: 'Créteil',
    departement: '94',
    codesPostaux: ['94000'],
    lat: 48.79,
    lon: 2.45,
  };
  const places = [
    place('CAF', ['caf'], 48.791),
    place('CPAM', ['cpam'], 48.792),
    place('CCAS', ['ccas'], 48.8),
  ];
  const aspa = { id: 'aspa', contacts: ['carsat', 'msa', 'ccas', 'mairie', 'caisse-retraite'] };

  it('lists the places that take the claim, not the nearest desk of any kind', () => {
    expect(placesFor(places, aspa, commune).map((p) => p.name)).toEqual(['CCAS']);
  });

  it('says whether a place is open now when its hours can be read', () => {
    const always = { ...place('CCAS', ['ccas'], 48.8), horaires: 'Mo-Su 00:00-24:00' };
    const never = { ...place('Carsat', ['carsat'], 48.81), horaires: 'Mo-Su off' };
    const shown = placesFor([always, never, place('Mairie', ['mairie'], 48.82)], aspa, commune);
    expect(shown.map((p) => [p.name, p.openNow])).toEqual([
      ['CCAS', true],
      ['Carsat', false],
      ['Mairie', undefined],
    ]);
  });

  it('words the opening hours in the widget’s language, as the partner finder does', async () => {
    const ccas = { ...place('CCAS', ['ccas'], 48.8), horaires: 'Mo-Fr 08:30-12:00,13:30-16:30' };
    // A Monday: the week table starts on it.
    const monday = new Date('2026-12-07T10:00:00+01:00');
    const french = placesFor([ccas], aspa, commune, monday)[0]?.hours ?? '';
    expect(french).toMatch(/^lundi : 8 h 30 à 12 h, 13 h 30 à 16 h 30 ; mardi/);
    expect(await dayLineIn('fr')).toBeUndefined();
    const en = placesFor([ccas], aspa, commune, monday, 3, await dayLineIn('en'))[0]?.hours ?? '';
    expect(en).toMatch(/^Monday: 08:30 to 12:00, 13:30 to 16:30 ; Tuesday/);
    expect(en).toContain('Sunday: Closed');
    expect(en).not.toMatch(/lundi|Fermé| h /);
    const ar = placesFor([ccas], aspa, commune, monday, 3, await dayLineIn('ar'))[0]?.hours ?? '';
    expect(ar).not.toMatch(/lundi|Fermé|Monday/);
    expect(ar).toContain('الاثنين');
  });

  it('falls back to the places of the theme when no place of the right’s types is near', () => {
    const names = placesFor(places.slice(0, 2), aspa, commune).map((p) => p.name);
    expect(names).toEqual(['CAF', 'CPAM']);
  });
});

describe('a bilan shared in the page address', () => {
  const setHash = (hash: string) => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    cleanup.push(() => history.replaceState(null, '', before));
  };

  it('waits for consent, restores, then drops the answers from the address', async () => {
    const { link } = await reopenLink(payload, false);
    const { checklist: _notes, ...answersOnly } = payload;
    setHash(new URL(link).hash);
    const el = mount();
    expect(el.handoff.pending).toBe(true);
    expect(el.restored).toEqual([]);
    expect(await el.handoff.accept()).toBe(true);
    expect(el.restored).toEqual([answersOnly]);
    expect(location.hash).toBe('');
  });

  it('gives a clear message for an old or a damaged link, and restores nothing', async () => {
    const { link } = await reopenLink(payload, false);
    setHash(new URL(link).hash.replace('=1.', '=0.'));
    const el = mount();
    expect(await el.handoff.accept()).toBe(false);
    expect(el.handoff.error).toBe('payloadOld');
    setHash(new URL(link).hash.slice(0, -5));
    const el2 = mount();
    expect(await el2.handoff.accept()).toBe(false);
    expect(el2.handoff.error).toBe('payloadDamaged');
    expect(w.t(el2.handoff.error as 'payloadDamaged')).toContain('abîmé');
    expect([...el.restored, ...el2.restored]).toEqual([]);
  });

  it('declining keeps nothing of it', async () => {
    const { link } = await reopenLink(payload, false);
    setHash(new URL(link).hash);
    const el = mount();
    el.handoff.decline();
    expect(el.handoff.pending).toBe(false);
    expect(location.hash).toBe('');
    expect(el.restored).toEqual([]);
  });

  it('makes a QR code of the link, without the follow-up notes', async () => {
    const { link, qrSvg } = await reopenLink(payload, true);
    expect(qrSvg).toMatch(/^<svg/);
    const decoded = await decodePayload(
      new URLSearchParams(new URL(link).hash.slice(1)).get('passerelle-bilan') as string,
    );
    expect(decoded.checklist).toBeUndefined();
    render(html`<div .innerHTML=${qrSvg as string}></div>`, document.createElement('div'));
  });
});
