import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../define/passerelle-falc.js';
import type { Explanation } from '@passerelle/content';
import { PasserelleFalc } from './falc.js';
import { pickVoice } from './read-aloud.js';

// --- a fake speechSynthesis that speaks only when the test says so ---------------------------------------

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: ((e: Event) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

const voice = (lang: string, name = `Voix ${lang}`, localService = true) =>
  ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

class FakeSynth extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: FakeUtterance[] = [];
  current: FakeUtterance | undefined;
  paused = false;
  cancels = 0;
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
    this.current = u;
  }
  cancel() {
    this.cancels++;
    const u = this.current;
    this.current = undefined;
    u?.onerror?.({ error: 'interrupted' });
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  /** The engine finishes the sentence in flight. */
  end() {
    const u = this.current;
    this.current = undefined;
    u?.onend?.(new Event('end'));
  }
  setVoices(v: SpeechSynthesisVoice[]) {
    this.voices = v;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

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

// A subclass whose text arrives when the test says so, or fails like a chunk that cannot be fetched.
class GatedFalc extends PasserelleFalc {
  static gate: { open: () => void; fail: () => void } | undefined;
  static failures = 0;
  calls = 0;
  protected override async loadExplanation(
    id: string,
    date: string | undefined,
  ): Promise<Explanation | undefined> {
    this.calls++;
    if (GatedFalc.failures > 0) {
      GatedFalc.failures--;
      throw new TypeError('Failed to fetch dynamically imported module: rights/rsa.js');
    }
    await new Promise<void>((resolve, reject) => {
      GatedFalc.gate = { open: resolve, fail: () => reject(new TypeError('Failed to fetch')) };
    });
    return super.loadExplanation(id, date);
  }
}
customElements.define('passerelle-falc-gated', GatedFalc);

let synth: FakeSynth;
const realUtterance = globalThis.SpeechSynthesisUtterance;

function installSpeech(voices: SpeechSynthesisVoice[] | null) {
  synth = new FakeSynth();
  synth.voices = voices ?? [];
  Object.defineProperty(window, 'speechSynthesis', {
    value: voices === null ? undefined : synth,
    configurable: true,
    writable: true,
  });
  if (voices === null) Reflect.deleteProperty(window, 'speechSynthesis');
  (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = FakeUtterance;
}

const mounted: Element[] = [];
async function mount(
  attrs: Record<string, string> = {},
  parent: Element = document.body,
): Promise<PasserelleFalc> {
  const el = document.createElement('passerelle-falc');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: PasserelleFalc, sel: string) =>
  el.shadowRoot?.querySelector<T>(sel) ?? null;
const $$ = <T extends Element = HTMLElement>(el: PasserelleFalc, sel: string) => [
  ...(el.shadowRoot?.querySelectorAll<T>(sel) ?? []),
];
const settle = async (el: PasserelleFalc) => {
  await el.updateComplete;
  await el.updateComplete;
};

let pageLang: string | null = null;
beforeEach(() => {
  pageLang = document.documentElement.getAttribute('lang');
  document.documentElement.setAttribute('lang', 'fr');
  installSpeech([voice('en-US'), voice('fr-FR')]);
});
afterEach(() => {
  if (pageLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', pageLang);
  for (const el of mounted.splice(0)) el.remove();
  (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = realUtterance;
  Reflect.deleteProperty(window, 'speechSynthesis');
});

describe('<passerelle-falc right="rsa">', () => {
  it('shows five sections with real h2 headings, a pictogram each, and the official link', async () => {
    const el = await mount({ right: 'rsa', date: '2026-05-01' });
    const headings = $$(el, 'h2').map((h) => h.textContent?.trim());
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

  it('uses heading-level for the sections and puts the title one level above', async () => {
    const el = await mount({ right: 'af', 'heading-level': '3' });
    expect($(el, 'h2#falc-title')?.textContent).toContain('allocations familiales');
    expect($$(el, '.section-head h3')).toHaveLength(5);
  });

  it('uses large, calm typography: at least 18 px, line-height 1.5, start aligned, never justified', async () => {
    const el = await mount({ right: 'rsa' });
    const s = getComputedStyle($(el, '.falc') as HTMLElement);
    expect(Number.parseFloat(s.fontSize)).toBeGreaterThanOrEqual(18);
    expect(Number.parseFloat(s.lineHeight) / Number.parseFloat(s.fontSize)).toBeCloseTo(1.5, 2);
    expect(['start', 'left']).toContain(s.textAlign);
    for (const p of $$(el, 'p, li')) expect(getComputedStyle(p).textAlign).not.toBe('justify');
  });

  it('has no FALC badge on a text not reviewed yet, and no "Brouillon" banner in public', async () => {
    const el = await mount({ right: 'rsa' });
    expect($(el, '[part="badge"]')).toBeNull();
    expect(el.shadowRoot?.textContent).not.toMatch(/Brouillon/);
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
    expect(root.querySelector('.draft')).toBeNull();
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
    expect($$(el, 'h2').map((h) => h.textContent?.trim())[0]).toBe('What is it?');
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
    expect($(el, '[role="status"]')?.textContent).toMatch(/Lecture de la phrase 3 sur \d+/);
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

describe('loading each right on demand', () => {
  const tick = () => new Promise((r) => setTimeout(r, 0));
  afterEach(() => {
    GatedFalc.gate = undefined;
    GatedFalc.failures = 0;
  });
  const mountGated = (attrs: Record<string, string>) => {
    const el = document.createElement('passerelle-falc-gated') as GatedFalc;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.body.append(el);
    mounted.push(el);
    return el;
  };

  it('says "Chargement…" in a visible status region while the text loads, then shows it', async () => {
    const el = mountGated({ right: 'rsa' });
    await tick();
    const status = el.shadowRoot?.querySelector('[role="status"]') as HTMLElement;
    expect(status.textContent?.trim()).toBe('Chargement…');
    expect(status.classList.contains('pa-visually-hidden')).toBe(false);
    expect(el.shadowRoot?.querySelector('.section')).toBeNull();
    expect(el.shadowRoot?.querySelector('.choices')).toBeNull();
    GatedFalc.gate?.open();
    await el.updateComplete;
    expect($$(el, '.section')).toHaveLength(6);
    expect(status.textContent?.trim()).toBe('');
    expect(status.classList.contains('pa-visually-hidden')).toBe(true);
    expect(el.shadowRoot?.querySelector('[role="status"]')).toBe(status);
  });

  it('shows a French error with a retry button when the text cannot be fetched, and retries', async () => {
    GatedFalc.failures = 1;
    const el = mountGated({ right: 'rsa' });
    await el.updateComplete;
    const alert = $(el, '[role="alert"]');
    expect(alert?.textContent).toContain('Le texte est impossible à charger');
    expect($(el, '.section')).toBeNull();
    await expectNoAxeViolations(el);
    const retry = $<HTMLButtonElement>(el, '[data-action="retry"]') as HTMLButtonElement;
    expect(retry.textContent?.trim()).toBe('Réessayer');
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await tick();
    expect($(el, '[role="status"]')?.textContent?.trim()).toBe('Chargement…');
    GatedFalc.gate?.open();
    await el.updateComplete;
    await tick();
    expect($(el, '[role="alert"]')).toBeNull();
    expect($$(el, '.section')).toHaveLength(6);
    expect(el.shadowRoot?.activeElement?.id).toBe('falc-title');
    expect(el.calls).toBe(2);
  });

  it('keeps focus on "Réessayer" when the retry fails too', async () => {
    GatedFalc.failures = 2;
    const el = mountGated({ right: 'rsa' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[data-action="retry"]')?.click();
    await el.updateComplete;
    await tick();
    expect(el.shadowRoot?.activeElement?.getAttribute('data-action')).toBe('retry');
    expect($(el, '[role="alert"]')).not.toBeNull();
  });

  it('shows only the last right asked for when the first one arrives late', async () => {
    const el = mountGated({ right: 'rsa' });
    await tick();
    const first = GatedFalc.gate;
    el.setAttribute('right', 'af');
    await tick();
    GatedFalc.gate?.open();
    first?.open();
    await el.updateComplete;
    expect($(el, '#falc-title')?.textContent).toContain('allocations familiales');
  });

  it('loads the right’s text without loading every other one (one module per right)', async () => {
    const { loadExplanation, CONTENT_INDEX } = await import('@passerelle/content/lazy');
    const e = await loadExplanation('cmi', 'en', { date: '2026-05-01' });
    expect(e?.title).toBe(CONTENT_INDEX.find((c) => c.id === 'cmi')?.title.en);
    expect(e?.sections).toHaveLength(5);
    expect(await loadExplanation('inconnu')).toBeUndefined();
  });
});

describe('without a right', () => {
  it('lists the rights, opens the chosen one, moves focus to its title and can go back', async () => {
    const el = await mount();
    expect($(el, 'h2')?.textContent).toBe('Choisissez une aide');
    const choices = $$<HTMLButtonElement>(el, '.choices button');
    expect(choices.length).toBeGreaterThanOrEqual(30);
    let selected = '';
    el.addEventListener('passerelle-falc-select', (e) => {
      selected = (e as CustomEvent<{ right: string }>).detail.right;
    });
    const aah = choices.find((b) => b.textContent?.includes('AAH')) as HTMLButtonElement;
    aah.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 0));
    expect(selected).toBe('aah');
    expect($(el, '#falc-title')?.textContent).toContain('AAH');
    expect(el.shadowRoot?.activeElement?.id).toBe('falc-title');
    expect($(el, '[role="status"]')?.textContent).toContain('AAH');
    const back = $$<HTMLButtonElement>(el, 'button').find((b) =>
      b.textContent?.includes('Voir toutes les aides'),
    ) as HTMLButtonElement;
    back.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 0));
    expect(el.shadowRoot?.activeElement?.id).toBe('falc-list-title');
  });

  it('says so for an unknown right and shows the list', async () => {
    const el = await mount({ right: 'inconnu' });
    expect(el.shadowRoot?.textContent).toContain('« inconnu »');
    expect($$(el, '.choices button').length).toBeGreaterThanOrEqual(30);
  });

  it('has no axe violation', async () => {
    const el = await mount();
    await expectNoAxeViolations(el);
  });

  it('keeps a status region from the first render', async () => {
    const el = await mount();
    expect($(el, '[role="status"]')).not.toBeNull();
  });
});
