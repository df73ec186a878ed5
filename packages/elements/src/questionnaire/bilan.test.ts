import { describe, expect, it } from 'vitest';
import { bilanHtml } from './bilan.js';
import type { ShownRight } from './rules-adapter.js';

const right = (over: Partial<ShownRight> = {}): ShownRight => ({
  id: 'rsa',
  theme: 'ressources',
  label: 'Revenu de solidarité active (RSA)',
  status: 'eligible',
  amount: { value: 646.52, per: 'month', kind: 'estimate' },
  reasons: [],
  missing: [],
  contacts: ['caf'],
  sources: [],
  procedure: { url: 'https://www.caf.fr', steps: ['Faites la demande sur caf.fr'], papers: ['RIB'] },
  ...over,
});

const input = (over: Partial<Parameters<typeof bilanHtml>[0]> = {}) => ({
  title: 'Mon bilan',
  date: 'Bilan fait le 24 novembre 2026.',
  lang: 'fr',
  dir: 'ltr' as const,
  intro: 'Vous pourriez avoir droit à 1 aide.',
  sections: [{ heading: 'Ressources', rights: [right()] }],
  received: [right({ id: 'af', label: 'Allocations familiales', status: 'already_received' })],
  receivedHeading: 'Les aides que vous recevez déjà',
  statusText: () => 'Vous y avez probablement droit',
  amountText: () => 'Environ 646,52 € par mois.',
  contactsText: () => 'À contacter : CAF',
  labels: {
    whatToDo: 'Ce qu’il faut faire',
    papers: 'Papiers à préparer',
    apply: 'Faire la demande',
    checklist: 'Suivi',
  },
  ...over,
});

describe('bilanHtml', () => {
  it('holds the date, the rights, the steps, the papers and the contacts', () => {
    const out = bilanHtml(input());
    for (const s of [
      'Bilan fait le 24 novembre 2026',
      'Revenu de solidarité active',
      'Faites la demande sur caf.fr',
      'RIB',
      'À contacter : CAF',
      'Allocations familiales',
    ])
      expect(out).toContain(s);
    expect(out).toMatch(/^<!doctype html>/);
    expect(out).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css)/);
  });

  it('shows a name only when given, escaped', () => {
    expect(bilanHtml(input())).not.toContain('Diallo');
    const out = bilanHtml(input({ name: 'Awa <b>Diallo</b>' }));
    expect(out).toContain('Awa &lt;b&gt;Diallo&lt;/b&gt;');
  });

  it('escapes every text coming from data (local aids are written by hand)', () => {
    const out = bilanHtml(
      input({
        sections: [{ heading: 'Famille', rights: [right({ label: '<img src=x onerror=alert(1)>' })] }],
      }),
    );
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img');
  });

  it('adds the mediator checklist when given', () => {
    const out = bilanHtml(
      input({
        checklist: [
          {
            right: right(),
            entry: { state: 'oriented', orientedTo: 'CCAS', note: 'RDV le 2/12' },
            stateText: 'Orienté vers…',
          },
        ],
      }),
    );
    expect(out).toContain('<table>');
    expect(out).toContain('CCAS');
    expect(out).toContain('RDV le 2/12');
  });
});
