// <passerelle-falc> on an Arabic page, in a real browser: the explanation in Arabic, right to left, French
// names and amounts isolated, no French word outside proper nouns, definitions announced in Arabic, read
// with an Arabic voice; axe and IBM Equal Access clean. English definitions are announced in English.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { expectNoEqualAccessViolations } from '@passerelle/testing/equal-access';
import { FRENCH_PROPER_NOUNS } from '@passerelle/testing/french';
import { describe, expect, it } from 'vitest';
import { expectNoFrench, frenchPieces } from '../i18n/test-helpers.js';
import type { PasserelleFalc } from './falc.js';
import { falcMessages } from './messages.js';
import { $, $$, installSpeech, mount, mounted, settle, synth, usePage, voice } from './test-helpers.js';

usePage();

// A right whose Arabic text names the CAF, France Services and an amount.
const RIGHT = 'asf';
const PIECES = frenchPieces(falcMessages.tables.fr, 8);

async function mountArabic(attrs: Record<string, string> = {}): Promise<PasserelleFalc> {
  const page = document.createElement('div');
  page.lang = 'ar';
  document.body.append(page);
  mounted.push(page);
  const el = await mount(attrs, page);
  await settle(el);
  return el;
}

/** Text nodes under `root` that hold Latin letters or digits but sit in no <bdi>. */
function unisolated(root: Element): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (/[\p{Script=Latin}\d]/u.test(n.textContent ?? '') && !n.parentElement?.closest('bdi'))
      out.push(n.textContent ?? '');
  return out;
}

describe('<passerelle-falc> on an Arabic page', () => {
  it('shows the Arabic text right to left, Latin names and amounts isolated, no French word', async () => {
    const el = await mountArabic({ right: RIGHT, date: '2026-05-01' });
    const root = $(el, '.falc') as HTMLElement;
    expect([root.getAttribute('lang'), root.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    const sections = $$(el, '.section');
    expect(sections).toHaveLength(6);
    for (const s of sections.slice(0, 5))
      expect([s.getAttribute('lang'), s.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect($$(el, '.section-head .heading').map((h) => h.textContent?.trim())).toEqual([
      'ما هذا؟',
      'لمن؟',
      'كم؟',
      'كيف أحصل عليه؟',
      'من يمكنه مساعدتي؟',
    ]);
    expect($(el, '#falc-title span')?.getAttribute('dir')).toBe('rtl');
    expect($(el, '#falc-title')?.textContent).toMatch(/\p{Script=Arabic}.*ASF/u);
    for (const s of sections) expect(unisolated(s), 'Latin text outside <bdi>').toEqual([]);
    // Amounts in Latin digits, as the questionnaire writes Arabic money.
    const amounts = $$(el, '.section bdi')
      .map((b) => b.textContent ?? '')
      .filter((t) => t.includes('€'));
    expect(amounts.length).toBeGreaterThan(0);
    for (const a of amounts) expect(a).toMatch(/^\d+(?:[.,]\d+)*\s€$/);
    const text = (root.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');
    expectNoFrench(text, 'Arabic FALC', FRENCH_PROPER_NOUNS, PIECES);
    await expectNoAxeViolations(el);
    await expectNoEqualAccessViolations(el);
  });

  it('opens a definition in Arabic and announces it in Arabic', async () => {
    const el = await mountArabic({ right: RIGHT });
    const word = $$<HTMLButtonElement>(el, 'button.word').find((b) => b.textContent === 'CAF');
    expect(word).toBeDefined();
    word?.click();
    await settle(el);
    const def = $(el, `#${word?.getAttribute('aria-controls')}`) as HTMLElement;
    expect(def.hidden).toBe(false);
    expect(def.textContent).toContain('صندوق المنح العائلية');
    const region = $(el, '[role="status"]') as HTMLElement;
    expect(region.textContent?.trim()).toMatch(/^CAF: CAF هو صندوق المنح العائلية/);
    expect(region.querySelector('[lang]')).toBeNull();
    expect(region.closest('[lang]')?.getAttribute('lang')).toBe('ar');
    expect($(el, '.lexicon dl')?.getAttribute('dir')).toBe('rtl');
    await expectNoAxeViolations(el);
    await expectNoEqualAccessViolations(el);
  });

  it('reads the Arabic text with an Arabic voice', async () => {
    installSpeech([voice('fr-FR', 'Française'), voice('ar-SA', 'Arabe')]);
    const el = await mountArabic({ right: RIGHT });
    const listen = $<HTMLButtonElement>(el, '[data-action="listen"]') as HTMLButtonElement;
    expect(listen.textContent).toContain('استماع');
    listen.click();
    await settle(el);
    expect(synth.spoken[0]?.voice?.name).toBe('Arabe');
    expect(synth.spoken[0]?.lang).toBe('ar-SA');
    expect(synth.spoken[0]?.text).toMatch(/\p{Script=Arabic}/u);
    expect($(el, '[role="status"]')?.textContent?.trim()).toBe('بدأت القراءة بصوت عالٍ.');
    await expectNoAxeViolations(el);
  });

  it('hides read-aloud when the browser has no Arabic voice', async () => {
    installSpeech([voice('fr-FR'), voice('en-GB')]);
    const el = await mountArabic({ right: RIGHT });
    expect($(el, '[part="controls"]')).toBeNull();
  });

  it('lists the rights by their Arabic names', async () => {
    const el = await mountArabic();
    const names = $$(el, '.choice span');
    expect(names.length).toBeGreaterThan(30);
    for (const n of names) {
      expect([n.getAttribute('lang'), n.getAttribute('dir')]).toEqual(['ar', 'rtl']);
      expect(n.textContent).toMatch(/\p{Script=Arabic}|Pass’Sport/u);
      expect(unisolated(n)).toEqual([]);
    }
    await expectNoAxeViolations(el);
  });
});

describe('<passerelle-falc> on an English page', () => {
  it('announces an English definition in English', async () => {
    const el = await mount({ right: RIGHT, lang: 'en' });
    const word = $$<HTMLButtonElement>(el, 'button.word').find((b) => b.textContent === 'CAF');
    word?.click();
    await settle(el);
    const region = $(el, '[role="status"]') as HTMLElement;
    expect(region.textContent?.trim()).toMatch(/^CAF: The CAF is the family benefits office/);
    expect(region.querySelector('[lang]')).toBeNull();
  });
});
