import { evaluateValid as evaluate, PARTNER_TYPES, type RightResult } from '@passerelle/rules';
import { getRightDetails, listCatalogue } from '@passerelle/rules/catalogue';
import { answersToSituation, referenceHouseholds, visibleQuestions } from '@passerelle/rules/flow';
import { formatDate } from '../i18n/format.js';
import { answerLines } from './answers.js';
import { summarize } from '@passerelle/rules/summary';
import { describe, expect, it } from 'vitest';
import { ficheHtml } from './fiche.js';
import { ficheTranslator } from './fiche-messages.js';
import { buildFiche } from './fiche-build.js';
import { type HandoffRight, helpersWords, summaryLines, wordingFor } from './fiche-model.js';
import { bookingFor, needOf, parseBooking, partnerTypeLabel } from './help.js';
import { decodePayload, encodePayload, linkWithPayload, PayloadError, payloadFromHash } from './payload.js';
import { identifierLike } from './test-helpers.js';

const w = wordingFor('fr');
const payload = {
  month: '2026-05',
  mode: 'public' as const,
  themes: ['famille', 'logement'],
  answers: { 'applicant.birthDate': '1990-03-01', 'children.count': 2, couple: 'no', receiving: ['af'] },
};

describe('payload', () => {
  it('round-trips through a URL fragment', async () => {
    const text = await encodePayload(payload);
    expect(text).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const link = linkWithPayload('https://ccas.example/bilan#top', text);
    expect(link.startsWith('https://ccas.example/bilan#passerelle-bilan=1.')).toBe(true);
    expect(await decodePayload(payloadFromHash(new URL(link).hash) as string)).toEqual(payload);
    // The life event travels too (version 1 readers before it simply had none).
    const withEvent = { ...payload, lifeEvent: 'naissance' };
    expect(await decodePayload(await encodePayload(withEvent))).toEqual(withEvent);
  });

  it('refuses another version and damaged text, with a reason the screen words', async () => {
    const text = await encodePayload(payload);
    await expect(decodePayload(`2.${text.slice(2)}`)).rejects.toMatchObject({ reason: 'version' });
    // One character changed in the middle: the zlib checksum or the JSON check catches it.
    const i = Math.floor(text.length / 2);
    const tampered = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    await expect(decodePayload(tampered)).rejects.toBeInstanceOf(PayloadError);
    await expect(decodePayload(text.slice(0, -6))).rejects.toMatchObject({ reason: 'damaged' });
    await expect(decodePayload('1.%%%')).rejects.toMatchObject({ reason: 'damaged' });
    await expect(decodePayload('bonjour')).rejects.toMatchObject({ reason: 'damaged' });
    const wrongShape = await encodePayload({ ...payload, answers: { x: { y: 1 } } as never });
    await expect(decodePayload(wrongShape)).rejects.toMatchObject({ reason: 'damaged' });
    const wrongEvent = await encodePayload({ ...payload, lifeEvent: 3 as never });
    await expect(decodePayload(wrongEvent)).rejects.toMatchObject({ reason: 'damaged' });
    expect(w.t('payloadDamaged')).toMatch(/abîmé/);
    expect(w.t('payloadOld')).toMatch(/Refaites le bilan/);
  });
});

describe('help for a right', () => {
  it('opens the finder on the need the partners table gives the right', () => {
    expect(needOf('aspa')).toBe('retraite');
    expect(needOf('css')).toBe('sante');
    expect(needOf('local:ccas:noel')).toBe('papiers');
  });

  it('words every partner type the rules may name', () => {
    for (const type of PARTNER_TYPES) expect(identifierLike(partnerTypeLabel(type)), type).toEqual([]);
    expect(partnerTypeLabel('bailleur-social')).toBe('Bailleur social (HLM)');
    expect(partnerTypeLabel('nimporte-quoi')).toBe('Autre lieu');
  });

  it('reads the booking setting and says what is wrong', () => {
    const { booking, errors } = parseBooking(
      'ccas=https://ville.example/rdv-ccas; retraite = https://ville.example/rdv-seniors\nfoo=https://x.example; caf=javascript:alert(1)',
    );
    expect(booking).toEqual({
      ccas: 'https://ville.example/rdv-ccas',
      retraite: 'https://ville.example/rdv-seniors',
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('« foo »');
    expect(errors[1]).toContain('« caf »');
    expect(parseBooking('{"*": "https://ville.example/rdv"}').booking).toEqual({
      '*': 'https://ville.example/rdv',
    });
    expect(parseBooking('{oops').errors[0]).toContain('JSON');
    // The right's need first, then its partner types, then any.
    expect(bookingFor(booking, { id: 'aspa', contacts: ['carsat', 'ccas'] })).toEqual({
      href: 'https://ville.example/rdv-seniors',
      with: '',
    });
    expect(bookingFor(booking, { id: 'rsa', contacts: ['caf', 'ccas'] })?.href).toBe(
      'https://ville.example/rdv-ccas',
    );
    expect(bookingFor(booking, { id: 'ame', contacts: ['cpam'] })).toBeUndefined();
  });
});

/** Every right of the catalogue, as the widget shows it, in every status with money. */
function everyRight(): HandoffRight[] {
  return listCatalogue().flatMap((c, i) => {
    const d = getRightDetails(c.id);
    const base = {
      id: c.id,
      label: c.label,
      contacts: [...c.contacts],
      missing: ['household.members[0].incomes.salary'],
      ...(d ? { description: d.description, procedure: d.procedure } : {}),
    };
    const per = c.amountKind === 'yearly' ? 'year' : 'month';
    const amount =
      c.amountKind === 'none' ? null : ({ value: 100 + i, per, kind: 'estimate' } as RightResult['amount']);
    return (['eligible', 'possible', 'already_received'] as const).map((status) => ({
      ...base,
      status,
      amount,
    }));
  });
}

const text = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('fiche de liaison', () => {
  const rights = everyRight();
  const summary = summarize(rights, {
    month: '2026-12',
    paymentOf: (id) => (id === 'ars' ? { frequency: 'yearly', month: 8 } : undefined),
  });
  const fiche = buildFiche({
    summary,
    wording: w,
    statusText: (r) =>
      ({ eligible: 'Probable', possible: 'Peut-être', already_received: 'Déjà reçue' })[
        r.status as 'eligible'
      ] ?? '',
    settle: () => ['Quel est votre salaire ?'],
    answers: [{ question: 'Votre date de naissance', answer: '1 mars 1990' }],
    lang: 'fr',
    dir: 'ltr',
    hostName: 'CCAS de Belleville-sur-Marne',
    date: '3 décembre 2026',
    month: '2026-12',
    booking: { ccas: 'https://ville.example/rdv' },
    followUp: [{ right: 'RSA', state: 'À ouvrir', orientedTo: '', note: 'RDV CAF le 12' }],
    reopen: { href: 'https://ville.example/bilan#passerelle-bilan=1.abc' },
    payload: '1.abc',
  });
  const html = ficheHtml(fiche, ficheTranslator('fr', w.t));

  it('holds the host, the date, "not a decision", the answers, then every right, then the follow-up table', () => {
    const order = [
      'CCAS de Belleville-sur-Marne',
      '3 décembre 2026',
      'Ce n’est pas une décision',
      'Les réponses données',
      'Votre date de naissance',
      'Aides versées chaque mois',
      'Aides versées une fois par an',
      'Aides à confirmer',
      'Démarches utiles',
      'Suivi des droits',
    ].map((s) => html.indexOf(s));
    for (const i of order) expect(i).toBeGreaterThan(0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html).toContain('<th scope="col">État</th>');
    expect(html).toContain('<meta name="passerelle-bilan" content="1.abc">');
    expect(html).toContain('href="https://ville.example/rdv"');
    expect(html).not.toMatch(/<script/i);
  });

  it('gives every right its section with status, links and where to go, without identifiers', () => {
    for (const r of rights.filter((x) => x.status !== 'already_received'))
      expect(html, r.id).toContain(`data-right="${r.id}"`);
    expect(identifierLike(text(html))).toEqual([]);
    expect(html).toContain('Versée en août. Prochain versement : août 2027.');
    expect(html).toMatch(/<a href="https:\/\/www\.service-public\.(fr|gouv\.fr)[^"]*">Faire la demande/);
  });

  it('catches an identifier that leaks', () => {
    expect(identifierLike('À contacter : bailleur-social, caisse_retraite, CAF')).toEqual([
      'bailleur-social',
      'caisse_retraite',
    ]);
    expect(identifierLike('Rendez-vous au CCAS de Belleville-sur-Marne, 09:00-12:00, peut-être')).toEqual([]);
    expect(helpersWords({ contacts: ['bailleur-social', 'ccas'] })).toBe(
      'Bailleur social (HLM), CCAS (action sociale de la commune)',
    );
  });

  it('escapes what people type', () => {
    const evil = ficheHtml(
      { ...fiche, personName: '<img src=x onerror=alert(1)>', followUp: [] },
      ficheTranslator('fr', w.t),
    );
    expect(evil).not.toContain('<img');
    expect(evil).toContain('&lt;img');
  });
});

describe('summary of reference households', () => {
  it('counts only likely monthly money for each', () => {
    for (const h of referenceHouseholds('2026-05')) {
      const r = evaluate(answersToSituation(h.answers, { month: '2026-05' }));
      const s = summarize(r.rights, { month: r.month });
      const sum = s.monthly.reduce((t, x) => t + Math.round((x.amount?.value ?? 0) * 100), 0) / 100;
      expect(s.monthlyTotal, h.id).toBe(sum);
    }
  });
});

describe('summary sentence', () => {
  it('says "none" in words when no monthly money is likely (not "0 aide")', () => {
    const none = { count: 0, monthlyTotal: 0 } as Parameters<typeof summaryLines>[0];
    expect(summaryLines(none, w)).toEqual([
      'Nous n’avons pas trouvé d’aide versée chaque mois que vous pourriez demander en plus.',
    ]);
    const one = { count: 1, monthlyTotal: 100 } as Parameters<typeof summaryLines>[0];
    expect(summaryLines(one, w)[0]).toMatch(/^Vous avez probablement droit à 1 aide versée/);
  });
});

describe('answers in words', () => {
  it('says every answer of the six reference households in words, never a stored value', () => {
    for (const h of referenceHouseholds('2026-05')) {
      const questions = visibleQuestions(h.answers, { month: '2026-05', mode: 'accompagnement' });
      const lines = answerLines(questions, h.answers, {
        ...w,
        date: (iso) => formatDate(iso, 'fr'),
        commune: (code) => (code === '94028' ? 'Créteil' : code),
      });
      expect(lines.length, h.id).toBeGreaterThan(3);
      for (const l of lines) {
        expect(identifierLike(l.answer), `${h.id}: ${l.question}`).toEqual([]);
        expect(l.answer, `${h.id}: ${l.question}`).not.toMatch(
          /^(yes|no|dont_know|\d{4}-\d{2}-\d{2}|\d{5})$/,
        );
      }
      expect(lines.find((l) => l.question === 'Vivez-vous en couple ?')?.answer).toMatch(/^(Oui|Non)$/);
    }
  });
});
