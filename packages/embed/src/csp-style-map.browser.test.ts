import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { styleMap } from './csp-style-map.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('CSP-safe styleMap', () => {
  it('never writes a style attribute, sets, updates and removes properties through the CSSOM', () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const view = (info: Record<string, string | undefined>) => html`<div style=${styleMap(info)}></div>`;
    render(view({ inlineSize: '40%', '--x': '2px', color: 'red !important' }), document.body);
    const div = document.body.querySelector('div')!;
    expect(div.style.inlineSize).toBe('40%');
    expect(div.style.getPropertyValue('--x')).toBe('2px');
    expect(div.style.getPropertyPriority('color')).toBe('important');
    render(view({ inlineSize: '60%' }), document.body);
    expect(div.style.inlineSize).toBe('60%');
    expect(div.style.getPropertyValue('--x')).toBe('');
    expect(div.style.color).toBe('');
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
  });

  it('refuses to be used anywhere but the style attribute', () => {
    const host = document.createElement('div');
    expect(() => render(html`<div title=${styleMap({})}></div>`, host)).toThrow(/style/);
  });
});
