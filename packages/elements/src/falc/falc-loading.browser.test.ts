// <passerelle-falc> fetches each right's text on demand: loading state, errors and retry, late answers;
// without a right, the list; the right named by the page address.
import type { Explanation } from '@passerelle/content';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { PasserelleFalc } from './falc.js';
import { $, $$, mount, mounted, settle, usePage } from './test-helpers.js';

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

usePage();

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
    expect($(el, 'h2')?.textContent?.trim()).toBe('Choisissez une aide');
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

describe('the right from the page address', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));

  it('reads #droit= (never sent to a server), then follows a change of the fragment', async () => {
    history.replaceState(null, '', `${location.pathname}#droit=asf`);
    const el = await mount();
    await settle(el);
    expect($(el, '#falc-title')?.textContent).toContain('soutien familial');
    location.hash = 'droit=aah';
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect($(el, '#falc-title')?.textContent).toContain('AAH');
  });

  it('reads ?droit= too, and the attribute wins over the address', async () => {
    history.replaceState(null, '', `${location.pathname}?droit=css`);
    const fromQuery = await mount();
    await settle(fromQuery);
    expect($(fromQuery, '#falc-title')?.textContent).toMatch(/complémentaire santé solidaire/i);
    const fromAttribute = await mount({ right: 'rsa' });
    await settle(fromAttribute);
    expect($(fromAttribute, '#falc-title')?.textContent).toContain('RSA');
  });
});
