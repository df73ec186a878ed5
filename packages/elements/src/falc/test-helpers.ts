// Shared by the <passerelle-falc> browser tests: a fake speechSynthesis that speaks only when the test says
// so, mounting helpers, and the hooks that give each test a French page with French and English voices.
import { afterEach, beforeEach } from 'vitest';
import '../define/passerelle-falc.js';
import type { PasserelleFalc } from './falc.js';

export class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: ((e: Event) => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

export const voice = (lang: string, name = `Voix ${lang}`, localService = true) =>
  ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

export class FakeSynth extends EventTarget {
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

export let synth: FakeSynth;
const realUtterance = globalThis.SpeechSynthesisUtterance;

export function installSpeech(voices: SpeechSynthesisVoice[] | null) {
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

export const mounted: Element[] = [];
export async function mount(
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
export const $ = <T extends Element = HTMLElement>(el: PasserelleFalc, sel: string) =>
  el.shadowRoot?.querySelector<T>(sel) ?? null;
export const $$ = <T extends Element = HTMLElement>(el: PasserelleFalc, sel: string) => [
  ...(el.shadowRoot?.querySelectorAll<T>(sel) ?? []),
];
export const settle = async (el: PasserelleFalc) => {
  await el.updateComplete;
  await el.updateComplete;
};

/** Each test: a French page, a French and an English voice; afterwards the page and speech as they were. */
export function usePage(): void {
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
}
