import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERSION } from '../version.js';
import { blockMessages } from '../i18n/block-messages.js';
import { defineMessages } from '../i18n/messages.js';
import { defineElement } from './define.js';
import { PasserelleElement } from './passerelle-element.js';

class ProbeElement extends PasserelleElement {
  override render() {
    return html`<p lang=${this.langTag} dir=${this.textDirection}>${this.msg(blockMessages, 'dontKnow')}</p>`;
  }
}
defineElement('passerelle-test-probe', ProbeElement);

const mounted: Element[] = [];
function mount<T extends Element>(el: T, parent: Element = document.body): T {
  parent.append(el);
  mounted.push(el);
  return el;
}
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
  vi.restoreAllMocks();
});

describe('defineElement', () => {
  it('is silent when the same version defines the tag again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Same extends PasserelleElement {}
    expect(() => defineElement('passerelle-test-probe', Same)).not.toThrow();
    expect(() => defineElement('passerelle-test-probe', ProbeElement)).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
    expect(customElements.get('passerelle-test-probe')).toBe(ProbeElement);
  });
  it('warns exactly once, naming both versions, when another version owns the tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Other extends PasserelleElement {
      static override passerelleVersion = '99.1.0';
    }
    expect(() => defineElement('passerelle-test-probe', Other)).not.toThrow();
    expect(() => defineElement('passerelle-test-probe', Other)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain(VERSION);
    expect(warn.mock.calls[0]?.[0]).toContain('99.1.0');
    expect(customElements.get('passerelle-test-probe')).toBe(ProbeElement);
  });
  it('stores the version on the constructor and never throws on a bad tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Plain extends HTMLElement {}
    defineElement('passerelle-test-plain', Plain);
    expect((Plain as unknown as { passerelleVersion: string }).passerelleVersion).toBe(VERSION);
    expect(() => defineElement('Not A Tag', class extends HTMLElement {})).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('PasserelleElement locale and direction', () => {
  const text = (el: ProbeElement) => el.shadowRoot!.querySelector('p')!;

  it('is French by default', async () => {
    const el = mount(document.createElement('passerelle-test-probe') as ProbeElement);
    await el.updateComplete;
    expect(el.locale).toBe('fr');
    expect(text(el).textContent).toBe('Je ne sais pas');
    expect(el.textDirection).toBe('ltr');
  });

  it('follows its own lang, then the nearest ancestor, across shadow roots, and updates live', async () => {
    const outer = mount(document.createElement('div'));
    outer.setAttribute('lang', 'en');
    const shadowHost = document.createElement('div');
    outer.append(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    const el = document.createElement('passerelle-test-probe') as ProbeElement;
    root.append(el);
    await el.updateComplete;
    expect(el.locale).toBe('en');
    expect(text(el).textContent).toBe('I don’t know');

    outer.setAttribute('lang', 'ar');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.locale).toBe('ar');
    expect(el.textDirection).toBe('rtl');
    expect(text(el).getAttribute('dir')).toBe('rtl');

    el.setAttribute('lang', 'fr-FR');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.locale).toBe('fr');
    expect(el.langTag).toBe('fr-FR');
    expect(el.textDirection).toBe('ltr');
  });

  it('lets a closer lang="ar" win over <html dir="ltr">, and an explicit dir win over lang', async () => {
    document.documentElement.setAttribute('dir', 'ltr');
    const el = mount(document.createElement('passerelle-test-probe') as ProbeElement);
    el.setAttribute('lang', 'ar');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.textDirection).toBe('rtl');
    el.setAttribute('dir', 'ltr');
    await new Promise((r) => setTimeout(r, 0));
    expect(el.textDirection).toBe('ltr');
  });

  it('resists a host root font-size of 62.5% and line-height: 1', async () => {
    const style = document.createElement('style');
    style.textContent = 'html{font-size:62.5%!important} body{line-height:1!important;letter-spacing:3px}';
    document.head.append(style);
    try {
      const el = mount(document.createElement('passerelle-test-probe') as ProbeElement);
      await el.updateComplete;
      const cs = getComputedStyle(text(el));
      expect(Number.parseFloat(cs.fontSize)).toBeGreaterThanOrEqual(16);
      expect(Number.parseFloat(cs.lineHeight) / Number.parseFloat(cs.fontSize)).toBeCloseTo(1.5, 1);
      expect(cs.letterSpacing).toBe('normal');
    } finally {
      style.remove();
    }
  });
});

describe('message tables of other languages', () => {
  // A table whose arrival the test decides, to see what is on screen meanwhile.
  function deferredTable() {
    let arrive!: () => void;
    const gate = new Promise<void>((r) => (arrive = r));
    const load = vi.fn(async () => {
      await gate;
      return { default: { hello: 'Hello' } };
    });
    const messages = defineMessages({ fr: { hello: 'Bonjour' }, en: load });
    return { messages, load, arrive };
  }

  it('fetches nothing for French, and shows an English widget only once its table is there', async () => {
    const { messages, load, arrive } = deferredTable();
    const seen: string[] = [];
    class Greeter extends PasserelleElement {
      override render() {
        return html`<p>${this.msg(messages, 'hello')}</p>`;
      }
      override updated() {
        seen.push(this.shadowRoot!.querySelector('p')!.textContent!);
      }
    }
    defineElement('passerelle-test-greeter', Greeter);
    try {
      const fr = mount(document.createElement('passerelle-test-greeter') as Greeter);
      await fr.updateComplete;
      expect(seen).toEqual(['Bonjour']);
      expect(load).not.toHaveBeenCalled();

      seen.length = 0;
      const en = document.createElement('passerelle-test-greeter') as Greeter;
      en.setAttribute('lang', 'en');
      mount(en);
      await new Promise((r) => setTimeout(r, 20));
      expect(load).toHaveBeenCalledTimes(1);
      // Nothing drawn yet: neither the key nor French.
      expect(en.shadowRoot!.querySelector('p')).toBeNull();
      arrive();
      await en.updateComplete;
      expect(en.shadowRoot!.querySelector('p')!.textContent).toBe('Hello');
      expect(seen).toEqual(['Hello']);
    } finally {
      arrive();
    }
  });

  it('switches live to a language whose table comes later, without a French step', async () => {
    const { messages, arrive } = deferredTable();
    const seen: string[] = [];
    class Switcher extends PasserelleElement {
      override render() {
        return html`<p>${this.msg(messages, 'hello')}</p>`;
      }
      override updated() {
        seen.push(this.shadowRoot!.querySelector('p')!.textContent!);
      }
    }
    defineElement('passerelle-test-switcher', Switcher);
    try {
      const el = mount(document.createElement('passerelle-test-switcher') as Switcher);
      await el.updateComplete;
      el.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 20));
      expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Bonjour');
      arrive();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Hello');
      expect(seen).toEqual(['Bonjour', 'Hello']);
    } finally {
      arrive();
    }
  });

  it('shows French when a table cannot be fetched, and never a key', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messages = defineMessages({
      fr: { hello: 'Bonjour' },
      ar: () => Promise.reject(new Error('hors ligne')),
    });
    class Offline extends PasserelleElement {
      override render() {
        return html`<p>${this.msg(messages, 'hello')}</p>`;
      }
    }
    defineElement('passerelle-test-offline', Offline);
    const el = document.createElement('passerelle-test-offline') as Offline;
    el.setAttribute('lang', 'ar');
    mount(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).toBe('Bonjour');
    expect(el.textDirection).toBe('rtl');
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
