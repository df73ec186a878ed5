import type { Explanation } from '@passerelle/content';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { PasserelleFalc } from './falc.js';
import { pickVoice } from './read-aloud.js';
import { $, $$, installSpeech, mount, mounted, settle, synth, usePage, voice } from './test-helpers.js';

// A subclass serving a reviewed text: the only case where the badge may appear.
class ReviewedFalc extends PasserelleFalc {
  protected override async loadExplanation(
    id: string,
    date: string | undefined,
  ): Promise<Explanation | undefined> {
    const e = await super.loadExplanation(id, date);
    return (
      e && {
        ...e,
        reviewed: true,
        status: {
          state: 'relu par des personnes concernées',
          reviewedOn: '2027-01-15',
          reviewedBy: 'Atelier de relecture',
        },
      }
    );
  }
}
customElements.define('passerelle-falc-reviewed', ReviewedFalc);

usePage();

describe('<passerelle-falc right="rsa">', () => {
  it('shows the right as an h2 heading, five sections as h3, a pictogram each, and the official link', async () => {
    const el = await mount({ right: 'rsa', date: '2026-05-01' });
    expect($(el, 'h2#falc-title')?.textContent).toContain('Le revenu de solidarité active (RSA)');
    expect($$(el, 'h2')).toHaveLength(1);
    const headings = $$(el, 'h3').map((h) => h.textContent?.trim());
    expect(headings.slice(0, 5)).toEqual([
      "C'est quoi ?",
      'Pour qui ?',
      'Combien ?',
      'Comment faire ?',
      "Qui peut m'aider ?",
    ]);
    expect($$(el, '.section-head .picto svg')).toHaveLength(5);
    expect($$(el, '.picto').every((p) => p.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect($(el, '.title')?.textContent).toContain('RSA');
    expect($<HTMLAnchorElement>(el, 'a[part="official-link"]')?.href).toBe(
      'https://www.service-public.fr/particuliers/vosdroits/F19778',
    );
    expect(el.shadowRoot?.textContent).toContain('651,69');
  });

  it('gives every element a unique id', async () => {
    const el = await mount({ right: 'rsa', 'heading-level': '3' });
    const ids = $$(el, '[id]').map((x) => x.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses heading-level for the title and puts the sections one level below', async () => {
    const el = await mount({ right: 'af', 'heading-level': '3' });
    expect($(el, 'h3#falc-title')?.textContent).toContain('allocations familiales');
    expect($$(el, '.section-head h4')).toHaveLength(5);
  });

  it('uses large, calm typography: at least 18 px, line-height 1.5, start aligned, never justified', async () => {
    const el = await mount({ right: 'rsa' });
    const s = getComputedStyle($(el, '.falc') as HTMLElement);
    expect(Number.parseFloat(s.fontSize)).toBeGreaterThanOrEqual(18);
    expect(Number.parseFloat(s.lineHeight) / Number.parseFloat(s.fontSize)).toBeCloseTo(1.5, 2);
    expect(['start', 'left']).toContain(s.textAlign);
    for (const p of $$(el, 'p, li')) expect(getComputedStyle(p).textAlign).not.toBe('justify');
  });

  it('keeps the review status of a draft off the public screen: no badge, no "Brouillon"', async () => {
    const el = await mount({ right: 'rsa' });
    expect($(el, '[part="badge"]')).toBeNull();
    expect(el.shadowRoot?.textContent).not.toMatch(/Brouillon|relire ce texte/);
    expect(el.shadowRoot?.innerHTML).not.toMatch(/<img/);
  });

  it('shows the "Facile à lire" text badge only on a text reviewed by people concerned, never a logo image', async () => {
    const reviewed = document.createElement('passerelle-falc-reviewed');
    reviewed.setAttribute('right', 'rsa');
    document.body.append(reviewed);
    mounted.push(reviewed);
    await (reviewed as PasserelleFalc).updateComplete;
    const root = reviewed.shadowRoot as ShadowRoot;
    expect(root.querySelector('[part="badge"]')?.textContent).toBe('Facile à lire');
    expect(root.textContent).toContain('Relu par des personnes concernées le 15 janvier 2027');
    expect(root.querySelector('img')).toBeNull();
    await expectNoAxeViolations(reviewed);
  });

  it('says when the amounts of the date asked cannot be computed, and shows today’s', async () => {
    const el = await mount({ right: 'rsa', date: '2019-01-01' });
    expect(el.shadowRoot?.textContent).toContain('Les montants sont impossibles à calculer pour cette date');
    expect($$(el, '.section')).toHaveLength(6);
  });

  it('opens a hard word definition in place and closes it again', async () => {
    const el = await mount({ right: 'rsa' });
    const word = $$<HTMLButtonElement>(el, 'button.word').find(
      (b) => b.textContent === 'CAF',
    ) as HTMLButtonElement;
    expect(word).toBeDefined();
    expect(word.getAttribute('aria-expanded')).toBe('false');
    const def = $(el, `#${word.getAttribute('aria-controls')}`) as HTMLElement;
    expect(def.hidden).toBe(true);
    word.click();
    await settle(el);
    expect(word.getAttribute('aria-expanded')).toBe('true');
    expect(def.hidden).toBe(false);
    expect(def.textContent).toContain("Caisse d'allocations familiales");
    // What is announced is the definition itself, not that something opened.
    const announced = $(el, '[role="status"]')?.textContent?.trim() ?? '';
    expect(announced).toMatch(/^CAF : La CAF est la Caisse d'allocations familiales/);
    // The definition sits right after its sentence.
    expect(def.previousElementSibling?.classList.contains('sentence')).toBe(true);
    word.click();
    await settle(el);
    expect(def.hidden).toBe(true);
  });

  it('works with the keyboard: Tab to a word, Enter opens, Escape closes', async () => {
    const el = await mount({ right: 'rsa' });
    const first = $$<HTMLButtonElement>(el, 'button.word')[0] as HTMLButtonElement;
    first.focus();
    expect(el.shadowRoot?.activeElement).toBe(first);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(first.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(first.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot?.activeElement).not.toBe(first);
    expect(el.shadowRoot?.activeElement?.tagName).toMatch(/BUTTON|A/);
  });

  it('marks each hard word once per section and links each to a hint', async () => {
    const el = await mount({ right: 'rsa' });
    const words = $$(el, '.section:not(.lexicon)').map((s) =>
      [...s.querySelectorAll('button.word')].map((b) => b.textContent?.toUpperCase()),
    );
    for (const list of words) expect(new Set(list).size).toBe(list.length);
    expect($$(el, 'button.word').every((b) => b.getAttribute('aria-describedby') === 'falc-word-hint')).toBe(
      true,
    );
    expect($(el, '#falc-word-hint')?.textContent).toContain('Mot difficile');
  });

  it('lists the hard words with their definitions at the end', async () => {
    const el = await mount({ right: 'rsa' });
    const terms = $$(el, '.lexicon dt').map((d) => d.textContent);
    expect(terms).toEqual(expect.arrayContaining(['RSA', 'CAF', 'CCAS']));
  });

  it('shows English when lang="en"', async () => {
    const el = await mount({ right: 'rsa', lang: 'en', date: '2026-05-01' });
    expect($$(el, 'h3').map((h) => h.textContent?.trim())[0]).toBe('What is it?');
    expect($(el, '.falc')?.getAttribute('lang')).toBe('en');
    expect(el.shadowRoot?.textContent).toContain('€651.69');
  });

  it('uses the amounts of the date given', async () => {
    const el = await mount({ right: 'rsa', date: '2025-05-01' });
    expect(el.shadowRoot?.textContent).toContain('646,52');
  });

  it('has no axe violation, with a definition open', async () => {
    const el = await mount({ right: 'css' });
    $<HTMLButtonElement>(el, 'button.word')?.click();
    await settle(el);
    await expectNoAxeViolations(el);
  });
});

describe('read-aloud', () => {
  it('reads one sentence at a time and highlights the sentence being spoken', async () => {
    const el = await mount({ right: 'rsa' });
    const listen = $<HTMLButtonElement>(el, '[data-action="listen"]') as HTMLButtonElement;
    expect(listen.textContent).toContain('Écouter');
    listen.click();
    await settle(el);
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]?.text).toBe('Le revenu de solidarité active (RSA)');
    expect(synth.spoken[0]?.lang).toBe('fr-FR');
    expect(synth.spoken[0]?.voice?.lang).toBe('fr-FR');
    expect($(el, '.is-speaking')?.id).toBe('say-title');
    synth.end();
    await settle(el);
    expect(synth.spoken[1]?.text).toBe("C'est quoi ?");
    expect($$(el, '.is-speaking').map((s) => s.id)).toEqual(['say-h-quoi']);
    synth.end();
    await settle(el);
    expect(synth.spoken[2]?.text).toBe("Le RSA est de l'argent pour vivre.");
    expect($(el, '.is-speaking')?.id).toBe('s-quoi-0');
    expect($(el, '.is-speaking')?.getAttribute('aria-current')).toBe('true');
  });

  it('announces once when reading starts and once when it ends, never per sentence', async () => {
    const el = await mount({ right: 'cmi' });
    const region = $(el, '[role="status"]') as HTMLElement;
    const said: string[] = [];
    const record = () => {
      const text = region.textContent?.trim() ?? '';
      if (text && text !== said.at(-1)) said.push(text);
    };
    const observer = new MutationObserver(record);
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    $<HTMLButtonElement>(el, '[data-action="listen"]')?.click();
    await settle(el);
    for (let i = 0; i < 200 && synth.current; i++) {
      synth.end();
      await settle(el);
    }
    observer.disconnect();
    expect(synth.spoken.length).toBeGreaterThan(10);
    expect(said).toEqual(['Lecture à voix haute commencée.', 'Lecture terminée.']);
  });

  it('pauses, resumes and stops', async () => {
    const el = await mount({ right: 'rsa' });
    const listen = $<HTMLButtonElement>(el, '[data-action="listen"]') as HTMLButtonElement;
    listen.click();
    await settle(el);
    $<HTMLButtonElement>(el, '[data-action="pause"]')?.click();
    await settle(el);
    expect(synth.paused).toBe(true);
    const resume = $<HTMLButtonElement>(el, '[data-action="resume"]') as HTMLButtonElement;
    expect(resume.textContent).toContain('Reprendre');
    // One button changes its role: the element focused stays the same.
    expect(resume).toBe(listen);
    expect(el.shadowRoot?.activeElement).toBe(resume);
    expect($(el, '[role="status"]')?.textContent).toContain('pause');
    resume.click();
    await settle(el);
    expect(synth.paused).toBe(false);
    $<HTMLButtonElement>(el, '[data-action="stop"]')?.click();
    await settle(el);
    expect(synth.cancels).toBeGreaterThan(0);
    expect($(el, '.is-speaking')).toBeNull();
    expect($(el, '[data-action="listen"]')).not.toBeNull();
    expect($<HTMLButtonElement>(el, '[data-action="stop"]')?.disabled).toBe(true);
    // A sentence that ends after stop does not restart the reading.
    const count = synth.spoken.length;
    synth.end();
    await settle(el);
    expect(synth.spoken.length).toBe(count);
  });

  it('stops by itself after the last sentence', async () => {
    const el = await mount({ right: 'cmi' });
    $<HTMLButtonElement>(el, '[data-action="listen"]')?.click();
    await settle(el);
    for (let i = 0; i < 200 && synth.current; i++) {
      synth.end();
      await settle(el);
    }
    expect(synth.spoken.length).toBeGreaterThan(10);
    expect($(el, '.is-speaking')).toBeNull();
    expect($(el, '[data-action="listen"]')).not.toBeNull();
  });

  it('is hidden without a French voice and appears when one arrives (voiceschanged)', async () => {
    installSpeech([voice('en-US')]);
    const el = await mount({ right: 'rsa' });
    expect($(el, '[part="controls"]')).toBeNull();
    synth.setVoices([voice('en-US'), voice('fr_FR', 'Android français')]);
    await settle(el);
    expect($(el, '[part="controls"]')).not.toBeNull();
    synth.setVoices([]);
    await settle(el);
    expect($(el, '[part="controls"]')).toBeNull();
  });

  it('is hidden when the browser has no speech synthesis', async () => {
    installSpeech(null);
    const el = await mount({ right: 'rsa' });
    expect($(el, '[part="controls"]')).toBeNull();
  });

  it('needs an English voice for the English text', async () => {
    installSpeech([voice('fr-FR')]);
    const el = await mount({ right: 'rsa', lang: 'en' });
    expect($(el, '[part="controls"]')).toBeNull();
  });

  it('reads the English text with an English voice', async () => {
    installSpeech([voice('fr-FR'), voice('en-GB', 'British')]);
    const el = await mount({ right: 'rsa', lang: 'en' });
    $<HTMLButtonElement>(el, '[data-action="listen"]')?.click();
    await settle(el);
    expect(synth.spoken[0]?.voice?.name).toBe('British');
  });

  it('has no axe violation while reading', async () => {
    const el = await mount({ right: 'rsa' });
    $<HTMLButtonElement>(el, '[data-action="listen"]')?.click();
    await settle(el);
    await expectNoAxeViolations(el);
  });

  it('prefers fr-FR, local voices, and eSpeak last', () => {
    const voices = [
      voice('fr-CA', 'Amélie'),
      voice('fr-FR', 'eSpeak French'),
      voice('fr-FR', 'Google français', false),
      voice('en-GB'),
    ];
    expect(pickVoice(voices, 'fr')?.name).toBe('Google français');
    expect(pickVoice([voice('fr-CA', 'Amélie'), voice('fr-FR', 'eSpeak')], 'fr')?.name).toBe('Amélie');
    expect(pickVoice([voice('de-DE')], 'fr')).toBeUndefined();
  });
});
