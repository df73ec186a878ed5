import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { bilanDocument } from './bilan.js';

const content = (label: string, name?: string) => {
  const holder = document.createElement('div');
  render(
    html`${name ? html`<p><strong>${name}</strong></p>` : ''}
      <h3>Ressources</h3>
      <ul>
        <li><h4>${label}</h4><p>Faites la demande sur caf.fr</p></li>
      </ul>`,
    holder,
  );
  return holder;
};
const file = (holder: Element) => bilanDocument(holder, { title: 'Mon bilan', lang: 'fr', dir: 'ltr' });

describe('bilanDocument', () => {
  it('is a whole page with its own h1, headings one level up, and no script, comment or outside file', () => {
    const out = file(content('Revenu de solidarité active (RSA)'));
    expect(out).toMatch(/^<!doctype html>\n<html lang="fr" dir="ltr">/);
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).toContain('<title>Mon bilan</title>');
    expect(out).toContain('<h1>Mon bilan</h1>');
    expect(out).toContain('<h2>Ressources</h2>');
    expect(out).toContain('<h3>Revenu de solidarité active (RSA)</h3>');
    expect(out).not.toMatch(/<h4|<!--|<script|https?:\/\/[^"]*\.(js|css)/);
  });

  it('escapes every text coming from data (local aids are written by hand)', () => {
    const out = file(content('<img src=x onerror=alert(1)>', 'Awa <b>Diallo</b>'));
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('Awa &lt;b&gt;Diallo&lt;/b&gt;');
  });

  it('keeps the direction of right-to-left pages', () => {
    const out = bilanDocument(content('RSA'), { title: 'حصيلتي', lang: 'ar', dir: 'rtl' });
    expect(out).toMatch(/<html lang="ar" dir="rtl">/);
  });
});
