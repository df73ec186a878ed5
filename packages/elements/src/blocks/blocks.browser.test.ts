// Blocks in a real browser: axe on every family and state, and the keyboard paths.
import { THEME_NAMES } from '@passerelle/tokens';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { demo, fullForm } from './demo-host.stories.js';
import { EXAMPLES, FAMILIES, renderExample, STATES, type StateName } from './examples.stories.js';
import { active, cleanups, mount, settle } from './test-helpers.js';

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
