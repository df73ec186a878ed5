// Read-aloud through the Web Speech API, one sentence per utterance: short utterances avoid Chrome's
// silent stop after about 14 s, and the widget highlights the sentence being spoken without relying on
// `boundary` events (Chrome's online voices send none).
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ReadState = 'idle' | 'speaking' | 'paused';

export interface ReadItem {
  /** Id of the element that shows this sentence (it gets highlighted). */
  id: string;
  text: string;
}

/** The part of `window.speechSynthesis` this controller uses (tests pass a fake). */
export type SpeechEngine = Pick<
  SpeechSynthesis,
  'speak' | 'cancel' | 'pause' | 'resume' | 'getVoices' | 'addEventListener' | 'removeEventListener'
>;

export interface ReadAloudOptions {
  /** Where to find the engine; default: window.speechSynthesis when it exists. */
  engine?: () => SpeechEngine | undefined;
  /** Builds an utterance; default: new SpeechSynthesisUtterance(text). */
  utterance?: (text: string) => SpeechSynthesisUtterance;
  /** Speaking rate: slightly slower than normal suits easy-to-read texts. */
  rate?: number;
  /** Called when the spoken sentence changes (undefined when reading stops). */
  onSentence?: (item: ReadItem | undefined, index: number) => void;
}

const langOf = (v: SpeechSynthesisVoice): string => v.lang.replace('_', '-').toLowerCase();

/**
 * Best voice for a language: exact region first (fr-FR), then any variant (fr-BE, fr-CA…), local voices
 * before network ones, eSpeak last (very low quality). Undefined when no voice speaks the language.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const base = lang.toLowerCase().split('-')[0] as string;
  const preferred = base === 'fr' ? 'fr-fr' : base === 'en' ? 'en-gb' : base;
  const candidates = voices.filter((v) => {
    const l = langOf(v);
    return (
      l === base ||
      l.startsWith(`${base}-`) ||
      l.startsWith(`${base}x`) ||
      (base === 'fr' && l.startsWith('fra-'))
    );
  });
  const score = (v: SpeechSynthesisVoice): number =>
    (langOf(v) === preferred ? 0 : 10) + (v.localService ? 0 : 1) + (/espeak/i.test(v.name) ? 100 : 0);
  return [...candidates].sort((a, b) => score(a) - score(b))[0];
}

export class ReadAloudController implements ReactiveController {
  state: ReadState = 'idle';
  /** Index of the sentence being spoken, -1 when idle. */
  index = -1;
  /** True once a voice for the language is known. Hide the controls when false. */
  available = false;

  private items: ReadItem[] = [];
  private lang = 'fr';
  private run = 0;
  private engine: SpeechEngine | undefined;
  private readonly onVoices = (): void => this.refreshVoices();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReadAloudOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.engine = (this.options.engine ?? defaultEngine)();
    this.engine?.addEventListener('voiceschanged', this.onVoices);
    this.refreshVoices();
  }

  hostDisconnected(): void {
    this.stop();
    this.engine?.removeEventListener('voiceschanged', this.onVoices);
  }

  /** Language of the text to read (fr, en…): availability depends on it. */
  setLanguage(lang: string): void {
    if (lang === this.lang) return;
    this.stop();
    this.lang = lang;
    this.refreshVoices();
  }

  get voice(): SpeechSynthesisVoice | undefined {
    return this.engine ? pickVoice(this.engine.getVoices(), this.lang) : undefined;
  }

  get current(): ReadItem | undefined {
    return this.items[this.index];
  }

  get total(): number {
    return this.items.length;
  }

  private refreshVoices(): void {
    const available = this.voice !== undefined;
    if (available !== this.available) {
      this.available = available;
      if (!available) this.stop();
      this.host.requestUpdate();
    }
  }

  /** Reads the sentences from `from`, one utterance each, stopping any reading in progress. */
  start(items: readonly ReadItem[], from = 0): void {
    const engine = this.engine;
    const voice = this.voice;
    if (!engine || !voice || items.length === 0) return;
    this.stop();
    this.items = [...items];
    const run = ++this.run;
    this.speak(engine, voice, run, Math.max(0, Math.min(from, items.length - 1)));
  }

  private speak(engine: SpeechEngine, voice: SpeechSynthesisVoice, run: number, i: number): void {
    const item = this.items[i];
    if (!item || run !== this.run) {
      if (run === this.run) this.finish();
      return;
    }
    this.index = i;
    this.state = 'speaking';
    this.options.onSentence?.(item, i);
    this.host.requestUpdate();
    const u = (this.options.utterance ?? ((t: string) => new SpeechSynthesisUtterance(t)))(item.text);
    u.lang = voice.lang.replace('_', '-');
    u.voice = voice;
    u.rate = this.options.rate ?? 0.9;
    u.onend = () => {
      if (run === this.run) this.speak(engine, voice, run, i + 1);
    };
    u.onerror = (e: SpeechSynthesisErrorEvent) => {
      // cancel() makes engines fire "interrupted" or "canceled" on the utterance in flight: not a failure.
      if (run !== this.run || e.error === 'interrupted' || e.error === 'canceled') return;
      this.finish();
    };
    engine.speak(u);
  }

  pause(): void {
    if (this.state !== 'speaking' || !this.engine) return;
    this.engine.pause();
    this.state = 'paused';
    this.host.requestUpdate();
  }

  resume(): void {
    if (this.state !== 'paused' || !this.engine) return;
    this.engine.resume();
    this.state = 'speaking';
    this.host.requestUpdate();
  }

  /** Stops reading and clears the highlight. Safe to call at any time. */
  stop(): void {
    const wasActive = this.state !== 'idle';
    this.run++;
    // A paused engine stays paused after cancel() in Chrome: resume first so the next reading plays.
    if (this.state === 'paused') this.engine?.resume();
    if (wasActive) this.engine?.cancel();
    if (wasActive || this.index !== -1) this.finish();
  }

  private finish(): void {
    this.state = 'idle';
    this.index = -1;
    this.options.onSentence?.(undefined, -1);
    this.host.requestUpdate();
  }
}

function defaultEngine(): SpeechEngine | undefined {
  return typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance !== 'undefined'
    ? window.speechSynthesis
    : undefined;
}
