import { THEME_NAMES, themeStyleText, themeStylesheet } from '@passerelle/tokens';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { html, render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { type BlocksDemo, demo, fullForm } from './demo-host.stories.js';
import { EXAMPLES, FAMILIES, renderExample, STATES, type StateName } from './examples.stories.js';
import { deepActiveElement } from './shared.js';

// Same spirit as the Storybook "hostile host" decorator: a WordPress-like theme fighting the widget.
const HOSTILE_CSS = `html { font-size: 62.5% !important; } body { line-height: 1 !important; }
button, input, select, textarea, label { font-family: Georgia, serif !important; font-size: 1.3rem !important;
line-height: 1 !important; border-radius: 0 !important; text-transform: uppercase !important; margin: 0 !important; }
button { background: #222 !important; color: #fff !important; padding: 0 !important; }`;

// WCAG 1.4.12 text-spacing override (the usual bookmarklet values).
const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await page.viewport(1024, 768);
});

function addStyle(css: string) {
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  cleanups.push(() => el.remove());
}

async function mount(tpl: TemplateResult, opts: { theme?: string; hostile?: boolean; lang?: string } = {}) {
  addStyle(themeStyleText(opts.theme ?? 'default', ':root'));
  if (opts.hostile) addStyle(HOSTILE_CSS);
  const container = document.createElement('div');
  // The test page says lang="en": French is what the widgets are written in.
  container.lang = opts.lang ?? 'fr';
  document.body.append(container);
  cleanups.push(() => {
    render(null, container);
    container.remove();
  });
  render(tpl, container);
  const hosts = [...container.querySelectorAll<BlocksDemo>('passerelle-blocks-demo')];
  await Promise.all(hosts.map((h) => h.updateComplete));
  const host = hosts[0] as BlocksDemo;
  return { container, host, root: host.shadowRoot as ShadowRoot };
}

const active = () => deepActiveElement() as HTMLElement | null;
const settle = async (host: BlocksDemo, ms = 0) => {
  await new Promise((r) => setTimeout(r, ms));
  await host.updateComplete;
};

describe('axe on every block family', () => {
  it('does see inside the demo shadow root (a broken block fails)', async () => {
    const { container, host } = await mount(demo(() => html`<input id="x" /><div role="option">x</div>`));
    await host.updateComplete;
    await expect(expectNoAxeViolations(container)).rejects.toThrow(/label/);
  });
  for (const family of FAMILIES) {
    for (const state of STATES)
      it(`${family} / ${state} / default theme`, async () => {
        const { container } = await mount(renderExample(family, state), { hostile: state === 'hostile' });
        await expectNoAxeViolations(container);
      });
    for (const theme of THEME_NAMES.filter((t) => t !== 'default'))
      for (const state of ['filled', 'error', 'disabled', 'rtl'] as StateName[])
        it(`${family} / ${state} / ${theme}`, async () => {
          const { container } = await mount(renderExample(family, state), { theme });
          await expectNoAxeViolations(container);
        });
  }
  it('the full form, after a failed submit, in every theme', async () => {
    for (const theme of THEME_NAMES) {
      const { container, root, host } = await mount(demo(fullForm), { theme });
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await settle(host);
      await expectNoAxeViolations(container);
      for (const c of cleanups.splice(0)) c();
    }
  });
  it('the open combobox and the open dialog', async () => {
    const { container, root, host } = await mount(demo(fullForm));
    root.getElementById('commune')!.focus();
    await userEvent.keyboard('ly');
    await vi.waitFor(
      () => expect(root.getElementById('commune')!.getAttribute('aria-expanded')).toBe('true'),
      { timeout: 20_000 },
    );
    await userEvent.keyboard('{ArrowDown}');
    await settle(host);
    await expectNoAxeViolations(container);
    root.querySelector<HTMLButtonElement>('.pa-button--secondary')!.click();
    await settle(host);
    expect(root.querySelector('dialog')!.open).toBe(true);
    await expectNoAxeViolations(container);
  });
});

describe('keyboard paths', () => {
  it('Tab visits the fields in order, once per radio group, and leaves the widget (no trap)', async () => {
    const before = document.createElement('button');
    before.textContent = 'avant';
    const after = document.createElement('button');
    after.textContent = 'après';
    document.body.prepend(before);
    cleanups.push(() => before.remove());
    const { container } = await mount(demo(fullForm));
    container.after(after);
    cleanups.push(() => after.remove());
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 14; i++) {
      await userEvent.tab();
      const el = active();
      order.push(el?.id || el?.textContent?.trim() || el?.tagName || '');
      if (el === after) break;
    }
    expect(order).toEqual([
      'prenom',
      'revenus',
      'naissance',
      'naissance-month',
      'naissance-year',
      'logement',
      'aides',
      'aides-1',
      'aides-2',
      'commune',
      'Valider',
      'Effacer mes réponses',
      'après',
    ]);
    // And back with Shift+Tab.
    await userEvent.tab({ shift: true });
    expect(active()?.textContent?.trim()).toBe('Effacer mes réponses');
  });

  it('arrow keys move and select within a radio group; Space ticks a checkbox', async () => {
    const { root, host } = await mount(demo(EXAMPLES.choix('empty')));
    const first = root.getElementById('enfants') as HTMLInputElement;
    first.focus();
    await userEvent.keyboard(' ');
    await settle(host);
    expect(host.state.enfants).toBe('oui');
    await userEvent.keyboard('{ArrowRight}');
    await settle(host);
    expect(active()?.id).toBe('enfants-1');
    expect(host.state.enfants).toBe('non');
    await userEvent.keyboard('{ArrowRight}');
    await settle(host);
    expect(host.state.enfants).toBe('nsp');
    await userEvent.keyboard('{ArrowDown}');
    await settle(host);
    expect(host.state.enfants).toBe('oui'); // wraps around
    const box = root.getElementById('besoins-1') as HTMLInputElement;
    box.focus();
    await userEvent.keyboard(' ');
    await settle(host);
    expect(host.state.besoins).toEqual(['sante']);
    expect(box.checked).toBe(true);
    await userEvent.keyboard(' ');
    await settle(host);
    expect(host.state.besoins).toEqual([]);
  });

  it('combobox: typing lists suggestions, arrows move, Enter picks, Escape closes then clears', async () => {
    const { root, host } = await mount(demo(EXAMPLES.commune('empty')));
    const input = root.getElementById('commune') as HTMLInputElement;
    const listbox = root.getElementById('commune-listbox') as HTMLElement;
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('commune-listbox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    input.focus();
    await userEvent.keyboard('v');
    await settle(host, 120);
    expect(input.getAttribute('aria-expanded')).toBe('false'); // one letter: no search yet
    await userEvent.keyboard('i');
    await vi.waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'), { timeout: 20_000 });
    expect(listbox.hidden).toBe(false);
    const options = [...listbox.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.querySelector('.pa-option__label')?.textContent)).toEqual(['Villeurbanne']);
    const status = root.querySelector('.pa-combobox [role=status]')!;
    expect(status.textContent?.trim()).toBe('1 suggestion, utilisez les flèches haut et bas pour choisir');
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    await userEvent.keyboard('{ArrowDown}');
    await settle(host);
    expect(input.getAttribute('aria-activedescendant')).toBe('commune-option-0');
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(active()).toBe(input); // focus stays in the input
    await userEvent.keyboard('{Enter}');
    await settle(host);
    expect(input.value).toBe('Villeurbanne');
    expect(host.state.commune).toEqual(expect.objectContaining({ id: '69266' }));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(status.textContent?.trim()).toBe('Villeurbanne sélectionnée');

    await userEvent.clear(input);
    await userEvent.type(input, 'l');
    await userEvent.keyboard('y');
    await vi.waitFor(() => expect(input.getAttribute('aria-expanded')).toBe('true'), { timeout: 20_000 });
    expect(host.state.commune).toBeNull();
    await userEvent.keyboard('{ArrowUp}');
    await settle(host);
    expect(input.getAttribute('aria-activedescendant')).toBe('commune-option-0');
    await userEvent.keyboard('{Escape}');
    await settle(host);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.value).toBe('ly');
    await userEvent.keyboard('{Escape}');
    await settle(host);
    expect(input.value).toBe('');
  });

  it('combobox announces when nothing matches', async () => {
    const { root } = await mount(demo(EXAMPLES.commune('empty')));
    (root.getElementById('commune') as HTMLInputElement).focus();
    await userEvent.keyboard('zzz');
    await vi.waitFor(
      () =>
        expect(root.querySelector('.pa-combobox [role=status]')?.textContent?.trim()).toMatch(
          /Aucune commune/,
        ),
      { timeout: 20_000 },
    );
  });

  it('dialog: focus moves in, Escape closes, focus returns to the opener; confirm runs the action', async () => {
    const { root, host } = await mount(demo(EXAMPLES.dialogue('filled')));
    const opener = root.getElementById('ouvrir') as HTMLButtonElement;
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await settle(host);
    const dialog = root.querySelector('dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.contains(active())).toBe(true);
    expect(active()?.textContent?.trim()).toBe('Annuler');
    // Tab stays among the dialog's buttons (the page behind is inert).
    await userEvent.tab();
    expect(dialog.contains(active())).toBe(true);
    await userEvent.keyboard('{Escape}');
    await settle(host);
    expect(dialog.open).toBe(false);
    expect(active()).toBe(opener);
    expect(host.state.status ?? '').toBe('');

    await userEvent.keyboard('{Enter}');
    await settle(host);
    expect(dialog.open).toBe(true);
    await userEvent.tab();
    expect(active()?.textContent?.trim()).toBe('Oui, tout effacer');
    await userEvent.keyboard('{Enter}');
    await settle(host);
    expect(dialog.open).toBe(false);
    expect(active()).toBe(opener);
    expect(host.state.status).toBe('Vos réponses sont effacées.');
  });

  it('disclosure: Enter and Space toggle aria-expanded and the region', async () => {
    const { root, host } = await mount(demo(EXAMPLES.structure('empty')));
    const btn = root.getElementById('pourquoi') as HTMLButtonElement;
    const panel = root.getElementById('pourquoi-panel') as HTMLElement;
    expect(btn.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    btn.focus();
    await userEvent.keyboard('{Enter}');
    await settle(host);
    expect(btn.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    await userEvent.keyboard(' ');
    await settle(host);
    expect(btn.getAttribute('aria-expanded')).toBe('false');
  });

  it('submit with errors: summary gets focus, links move focus to each field', async () => {
    const { root, host } = await mount(demo(fullForm));
    const status = root.querySelector('[role=status]:not(.pa-combobox [role=status])');
    expect(status).not.toBeNull(); // present from the first render, empty
    (root.querySelector('button[type=submit]') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await settle(host);
    const summary = root.getElementById('pa-error-summary') as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(active()).toBe(summary);
    expect(summary.querySelector('h2')?.textContent).toBe('Il y a 5 erreurs');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#prenom',
      '#revenus',
      '#naissance',
      '#logement',
      '#commune',
    ]);
    await userEvent.tab();
    expect(active()).toBe(links[0]);
    await userEvent.keyboard('{Enter}');
    expect(active()?.id).toBe('prenom');
    links[3]!.click();
    expect(active()?.id).toBe('logement');
    const prenom = root.getElementById('prenom')!;
    expect(prenom.getAttribute('aria-invalid')).toBe('true');
    const describedBy = prenom.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toContain('prenom-error');
    expect(root.getElementById('prenom-error')?.textContent).toMatch(
      /Erreur :\s*Remplissez le champ « Prénom »/,
    );
  });

  it('money field shows French formatting after typing "1200.5"', async () => {
    const { root, host } = await mount(demo(fullForm));
    const input = root.getElementById('revenus') as HTMLInputElement;
    await userEvent.type(input, '1200.5');
    await userEvent.tab();
    await settle(host);
    expect(input.value.replace(/[\u202f\u00a0]/g, ' ')).toBe('1 200,50');
  });
});

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
