// Blocks in a real browser: the accessibility tree, reflow and text spacing, the combobox under stress.
import { themeStylesheet } from '@passerelle/tokens';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type BlocksDemo, demo, fullForm } from './demo-host.stories.js';
import { FAMILIES, renderExample } from './examples.stories.js';
import { active, addStyle, mount, settle, TEXT_SPACING_CSS } from './test-helpers.js';

describe('accessibility tree of the main patterns', () => {
  it('names, roles and states', async () => {
    await mount(demo(fullForm));
    await expect.element(page.getByRole('textbox', { name: 'Prénom (obligatoire)' })).toBeInTheDocument();
    await expect
      .element(page.getByRole('textbox', { name: 'Prénom (obligatoire)' }))
      .toHaveAttribute('autocomplete', 'given-name');
    await expect
      .element(page.getByRole('textbox', { name: /Revenus du mois/ }))
      .toHaveAccessibleDescription(/En euros, par exemple 1 200,50/);
    await expect
      .element(page.getByRole('group', { name: 'Date de naissance (obligatoire)' }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('textbox', { name: 'Jour' }))
      .toHaveAttribute('autocomplete', 'bday-day');
    await expect.element(page.getByRole('radiogroup', { name: /Êtes-vous locataire/ })).toBeInTheDocument();
    await expect.element(page.getByRole('radio', { name: 'Je ne sais pas' })).not.toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'RSA' })).toBeInTheDocument();
    await expect
      .element(page.getByRole('combobox', { name: /Commune/ }))
      .toHaveAttribute('aria-expanded', 'false');
    await expect.element(page.getByRole('progressbar', { name: 'Étape 3 sur 7' })).toHaveProperty('value', 3);
    await expect.element(page.getByRole('button', { name: 'Valider' })).toBeInTheDocument();
    await expect.element(page.getByRole('status').first()).toBeInTheDocument();
  });

  it('in Arabic: block strings translated and right-to-left', async () => {
    const { root } = await mount(renderExample('choix', 'rtl'));
    const wrapper = root.querySelector('div[dir]')!;
    expect(wrapper.getAttribute('dir')).toBe('rtl');
    expect(wrapper.getAttribute('lang')).toBe('ar');
    await expect.element(page.getByRole('radio', { name: 'لا أعرف' })).toBeInTheDocument();
    expect(root.textContent).toContain('إلزامي');
    expect(getComputedStyle(root.querySelector('.pa-choice')!).direction).toBe('rtl');
  });
});

describe('reflow, text size and text spacing', () => {
  /** Every element of the shadow root stays inside the host box (no horizontal scroll, nothing cut). */
  function overflowing(host: BlocksDemo): string[] {
    const box = host.getBoundingClientRect();
    const bad: string[] = [];
    for (const el of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('[hidden], dialog:not([open]), .pa-visually-hidden') || el.matches('style')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1)
        bad.push(
          `${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)} vs ${box.right}`,
        );
      if (
        el.scrollWidth > el.clientWidth + 1 &&
        getComputedStyle(el).overflowX !== 'visible' &&
        !el.matches('input')
      )
        bad.push(`${el.tagName}.${el.className} scrolls horizontally`);
      if (el.matches('button, .pa-choice, .pa-option') && el.scrollHeight > el.clientHeight + 1)
        bad.push(`${el.tagName}.${el.className} clips text vertically`);
    }
    if (host.scrollWidth > host.clientWidth + 1) bad.push('host scrolls horizontally');
    return bad;
  }

  const families = FAMILIES;
  for (const family of families) {
    it(`${family}: 320 px wide`, async () => {
      await page.viewport(320, 640);
      const { host } = await mount(renderExample(family, 'long'));
      expect(overflowing(host)).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    });
    it(`${family}: 200 % text at 640 px`, async () => {
      await page.viewport(640, 800);
      addStyle('body { font-size: 200%; }');
      const { host } = await mount(renderExample(family, 'filled'));
      expect(Number.parseFloat(getComputedStyle(host).fontSize)).toBeGreaterThanOrEqual(32);
      expect(overflowing(host)).toEqual([]);
    });
    it(`${family}: WCAG text-spacing override at 320 px`, async () => {
      await page.viewport(320, 640);
      addStyle(TEXT_SPACING_CSS);
      const { host } = await mount(renderExample(family, 'error'));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(TEXT_SPACING_CSS);
      host.shadowRoot!.adoptedStyleSheets = [...host.shadowRoot!.adoptedStyleSheets, sheet];
      await settle(host);
      const label = host.shadowRoot!.querySelector('.pa-label, .pa-legend, .pa-heading, .pa-button');
      expect(getComputedStyle(label!).letterSpacing).not.toBe('normal');
      expect(overflowing(host)).toEqual([]);
    });
  }

  it('hostile host: 16 px text floor, 44 px targets, readable line height', async () => {
    const { root } = await mount(renderExample('structure', 'filled'), { hostile: true });
    const btn = root.querySelector('.pa-button') as HTMLElement;
    const input = root.querySelector('.pa-input') as HTMLElement;
    expect(btn.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    const cs = getComputedStyle(root.querySelector('.pa-label')!);
    expect(Number.parseFloat(cs.fontSize)).toBeGreaterThanOrEqual(16);
    expect(cs.textTransform).toBe('none');
    expect(Number.parseFloat(cs.lineHeight) / Number.parseFloat(cs.fontSize)).toBeGreaterThanOrEqual(1.4);
  });

  it('layered theme defaults lose to plain host CSS, without !important', async () => {
    addStyle(`passerelle-blocks-demo { --passerelle-color-action: #6b2c91; }`);
    addStyle(themeStylesheet('default', 'passerelle-blocks-demo'));
    const { root } = await mount(renderExample('structure', 'filled'));
    expect(getComputedStyle(root.querySelector('.pa-button--primary')!).backgroundColor).toBe(
      'rgb(107, 44, 145)',
    );
  });

  it('focus ring is visible and uses the theme focus colour', async () => {
    const { root } = await mount(renderExample('structure', 'filled'), { theme: 'sombre' });
    (root.querySelector('.pa-button') as HTMLElement).focus();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    const cs = getComputedStyle(active()!);
    expect(cs.outlineStyle).toBe('solid');
    expect(Number.parseFloat(cs.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(cs.outlineColor).toBe('rgb(255, 184, 107)');
  });
});

describe('combobox robustness', () => {
  it('keeps the option reached with the arrows when a newer list arrives', async () => {
    const { ComboboxController } = await import('./combobox.js');
    const answer = new Map<string, (r: Array<{ id: string; label: string }>) => void>();
    let chosen = '';
    const { root } = await mount(
      demo((h) =>
        h
          .use(
            'c',
            (x) =>
              new ComboboxController(x, {
                search: (q: string) => new Promise((r) => answer.set(q, r)),
                debounceMs: 0,
              }),
          )
          .render({ id: 'c', label: 'Commune', onSelect: (o) => (chosen = o?.id ?? '') }),
      ),
    );
    const input = root.getElementById('c') as HTMLInputElement;
    const wait = (check: () => void) => vi.waitFor(check, { timeout: 20_000 });
    input.focus();
    await userEvent.keyboard('vi');
    await wait(() => expect(answer.has('vi')).toBe(true));
    answer.get('vi')?.([
      { id: 'a', label: 'Villejuif' },
      { id: 'b', label: 'Vitry-sur-Seine' },
    ]);
    await wait(() => expect(root.querySelectorAll('[role=option]')).toHaveLength(2));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await userEvent.keyboard('t');
    await wait(() => expect(answer.has('vit')).toBe(true));
    answer.get('vit')?.([
      { id: 'b', label: 'Vitry-sur-Seine' },
      { id: 'c', label: 'Vitrolles' },
    ]);
    await wait(() => expect(root.querySelector('[role=option]')?.textContent).toContain('Vitry'));
    expect(root.querySelector('[aria-selected=true]')?.textContent).toContain('Vitry-sur-Seine');
    await userEvent.keyboard('{Enter}');
    await wait(() => expect(chosen).toBe('b'));
  });

  it('ignores stale answers, says when search is slow or fails', async () => {
    const { ComboboxController } = await import('./combobox.js');
    let calls = 0;
    // Each search answers when the test says so: no timing is asserted, only the order of answers.
    const answer = new Map<string, (r: Array<{ id: string; label: string }>) => void>();
    const search = (q: string) => {
      calls++;
      if (q === 'err') return Promise.reject(new Error('offline'));
      return new Promise<Array<{ id: string; label: string }>>((r) => answer.set(q, r));
    };
    const { root, host } = await mount(
      demo((h) =>
        h
          .use('c', (x) => new ComboboxController(x, { search, debounceMs: 0 }))
          .render({ id: 'c', label: 'Commune', onSelect: () => {} }),
      ),
    );
    const input = root.getElementById('c') as HTMLInputElement;
    const status = root.querySelector('[role=status]')!;
    const wait = (check: () => void) => vi.waitFor(check, { timeout: 20_000 });
    input.focus();
    await userEvent.keyboard('pa');
    // "pa" has not answered: past the slow threshold, the search is said to be under way.
    await wait(() => expect(status.textContent?.trim()).toBe('Recherche en cours…'));
    await userEvent.keyboard('r');
    await wait(() => expect(answer.has('par')).toBe(true));
    answer.get('par')?.([{ id: 'par', label: 'Résultat par' }]);
    const labels = () => [...root.querySelectorAll('.pa-option__label')].map((o) => o.textContent);
    await wait(() => expect(labels()).toEqual(['Résultat par']));
    // The older query answers last: its results must not replace the newer ones.
    answer.get('pa')?.([{ id: 'pa', label: 'Résultat pa' }]);
    await settle(host, 50);
    expect(labels()).toEqual(['Résultat par']);
    await userEvent.clear(input);
    await userEvent.keyboard('err');
    await wait(() => expect(status.textContent?.trim()).toMatch(/ne fonctionne pas/));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(calls).toBeGreaterThanOrEqual(3);
  });
});
