import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VERSION } from '../version.js';
import { blockMessages } from '../i18n/block-messages.js';
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
