// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are source code with Lit bindings.
import { describe, expect, it } from 'vitest';
import { minifyLiteralsPlugin } from '../scripts/minify.js';

// The literal minifier of the embed build, on the template shapes the widgets use: what must shrink, and
// what must survive for Lit (bindings) and for people (spaces between words).
const transform = minifyLiteralsPlugin().transform as (
  code: string,
  id: string,
) => Promise<{ code: string } | null>;
const id = '/repo/packages/elements/src/blocks/sample.ts';
const run = async (code: string) => (await transform(code, id))?.code ?? code;

describe('Lit literal minification', () => {
  it('collapses indentation but keeps one space between inline elements and around bindings', async () => {
    const out = await run(
      'const a = html`\n  <p class="x">\n    <strong>Attention :</strong> ${text} <em>${b}</em>${c} fin\n  </p>\n`;',
    );
    expect(out).toBe(
      'const a = html` <p class="x"> <strong>Attention :</strong> ${text} <em>${b}</em>${c} fin </p> `;',
    );
  });

  it('keeps the spaces at either end of a template, which join it to its neighbours', async () => {
    expect(await run('const b = html`${label} `;')).toBe('const b = html`${label} `;');
    expect(await run('const c = html` <span>(${t})</span>`;')).toBe('const c = html` <span>(${t})</span>`;');
  });

  it('leaves bindings exactly as Lit reads them: style directives, properties, events, booleans', async () => {
    const code =
      'const d = html`<div class="pa-progress__fill" style=${styleMap({ inlineSize: w })}></div>' +
      '<input ?disabled=${d} .value=${live(v)} @input=${e} aria-label="${z} x">`;';
    expect(await run(code)).toBe(code);
  });

  it('keeps empty alternatives, quotes and fragments that are closed elsewhere', async () => {
    expect(await run('const e = html`<img alt="" src=${u}>`;')).toBe(
      'const e = html`<img alt="" src=${u}>`;',
    );
    expect(await run('const f = html`<li>${x}`;')).toBe('const f = html`<li>${x}`;');
  });

  it('minifies css literals', async () => {
    const out = await run('const s = css`\n  :host {\n    display: block;\n    color: #ffffff;\n  }\n`;');
    expect(out).toBe('const s = css`:host{color:#fff;display:block}`;');
  });

  it('touches only the elements sources, never tests or stories', async () => {
    const code = 'const a = html`\n  <p>x</p>\n`;';
    expect(await transform(code, '/repo/packages/elements/src/blocks/sample.test.ts')).toBeNull();
    expect(await transform(code, '/repo/node_modules/lit/index.js')).toBeNull();
  });
});
