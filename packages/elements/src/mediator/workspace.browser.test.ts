import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActivityCount } from './activity.js';
import { handleShortcut } from './shortcuts.js';
import { BilanStore, indexedDbBackend, type KeyValueBackend, memoryBackend } from './store.js';
import * as stories from './workspace.stories.js';
import type { MediatorDemo } from './workspace.stories.js';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  vi.restoreAllMocks();
});

function mount(template: TemplateResult): HTMLElement {
  const c = document.createElement('div');
  c.lang = 'fr';
  document.body.append(c);
  containers.push(c);
  render(template, c);
  return c;
}

async function settle(el: MediatorDemo) {
  for (let i = 0; i < 5; i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 20));
  }
}

const $ = <T extends Element = HTMLElement>(el: MediatorDemo, sel: string) =>
  el.shadowRoot?.querySelector(sel) as T | null;
const button = (el: MediatorDemo, name: RegExp, within?: Element | null) =>
  [...(within ?? el.shadowRoot!).querySelectorAll('button')].find((b) =>
    name.test((b.textContent ?? '').replace(/\s+/g, ' ').trim()),
  ) as HTMLButtonElement | undefined;

async function createBilan(el: MediatorDemo, label: string, state: unknown) {
  const input = $<HTMLInputElement>(el, '#pm-label')!;
  input.value = label;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.workspace.label = label;
  await el.workspace.create(state);
  await settle(el);
}

const entries = Object.entries(stories).filter(
  ([k]) => !['default', 'MediatorDemo', 'SAMPLE_RIGHTS'].includes(k),
) as Array<[string, StoryObj]>;

describe('mediator workspace stories', () => {
  for (const [name, story] of entries)
    it(`${name}: renders, plays and passes axe`, async () => {
      const c = mount((story.render as unknown as () => TemplateResult)());
      const el = c.querySelector('passerelle-mediator-demo') as MediatorDemo;
      await settle(el);
      if (story.play)
        await (story.play as unknown as (ctx: { canvasElement: HTMLElement }) => Promise<void>)({
          canvasElement: c,
        });
      await settle(el);
      expect($(el, 'h2')).not.toBeNull();
      await expectNoAxeViolations(c);
    });
});

describe('several bilans on one device (IndexedDB)', () => {
  it('creates three, switches between them, survives a reload, deletes one and keeps the others', async () => {
    const db = `test-bilans-${crypto.randomUUID()}`;
    const act = `test-activite-${crypto.randomUUID()}`;
    const host = () => html`<passerelle-mediator-demo
      .backend=${indexedDbBackend(db)}
      .activityBackend=${indexedDbBackend(act, 'activite')}
    ></passerelle-mediator-demo>`;
    let el = mount(host()).querySelector('passerelle-mediator-demo') as MediatorDemo;
    await settle(el);
    await createBilan(el, 'A. B.', { answers: { age: 34 } });
    await createBilan(el, '2412', { answers: { age: 71 } });
    await createBilan(el, 'M. K.', { answers: { age: 19 } });
    const labels = () =>
      [...el.shadowRoot!.querySelectorAll('.pm-item-title')].map((h) =>
        [...h.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('')
          .trim(),
      );
    expect(labels().sort()).toEqual(['2412', 'A. B.', 'M. K.']);
    // Switching: each bilan hands back its own state.
    const item = (label: string) =>
      [...el.shadowRoot!.querySelectorAll('.pm-item')].find((li) =>
        li.querySelector('h3')?.textContent?.includes(label),
      )!;
    button(el, /Continuer/, item('2412'))!.click();
    await settle(el);
    expect(el.opened).toEqual({ answers: { age: 71 } });
    expect(item('2412').classList.contains('pm-item--current')).toBe(true);
    button(el, /Continuer/, item('A. B.'))!.click();
    await settle(el);
    expect(el.opened).toEqual({ answers: { age: 34 } });
    // "Reload": a new widget on the same device lists the same three.
    for (const c of containers.splice(0)) c.remove();
    el = mount(host()).querySelector('passerelle-mediator-demo') as MediatorDemo;
    // IndexedDB answers when it answers: wait for the list, not for a fixed delay.
    await vi.waitFor(() => expect(labels().sort()).toEqual(['2412', 'A. B.', 'M. K.']), { timeout: 20_000 });
    // Delete one, confirmed in the dialog; the others stay.
    button(el, /Supprimer\s+M\. K\./, item('M. K.'))!.click();
    await settle(el);
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('« M. K. »');
    button(el, /^Supprimer$/, dialog)!.click();
    await settle(el);
    expect(labels().sort()).toEqual(['2412', 'A. B.']);
    expect(el.status).toBe('Bilan « M. K. » supprimé.');
    // Nothing of it is in public mode's storage.
    expect(Object.keys(localStorage).filter((k) => k.startsWith('passerelle'))).toEqual([]);
  });

  it('says in French when storage is refused, and the rest keeps working', async () => {
    const refused: KeyValueBackend = {
      ...memoryBackend(),
      entries: async () => {
        throw Object.assign(new Error('x'), { name: 'InvalidStateError' });
      },
    };
    const refusedEl = mount(
      html`<passerelle-mediator-demo .backend=${refused}></passerelle-mediator-demo>`,
    ).querySelector('passerelle-mediator-demo') as MediatorDemo;
    await vi.waitFor(
      () => expect($(refusedEl, '[part=bilans]')?.textContent).toContain('n’autorise pas l’enregistrement'),
      { timeout: 20_000 },
    );
    const full: KeyValueBackend = {
      ...memoryBackend(),
      set: async () => {
        throw Object.assign(new Error('x'), { name: 'QuotaExceededError' });
      },
    };
    const el = mount(
      html`<passerelle-mediator-demo .backend=${full}></passerelle-mediator-demo>`,
    ).querySelector('passerelle-mediator-demo') as MediatorDemo;
    await settle(el);
    await createBilan(el, 'A', {});
    expect($(el, '[part=bilans]')?.textContent).toContain('mémoire de cet appareil est pleine');
    // The follow-up is still kept for this page.
    el.workspace.setFollowUp('rsa', { reason: 'non-demande' });
    expect(el.workspace.followUpOf('rsa').reason).toBe('non-demande');
    await expectNoAxeViolations(el.parentElement!);
  });
});

describe('follow-up, fiche and anonymous count', () => {
  it('records reason, help and partner; the fiche shows them; the export holds none of what was typed', async () => {
    const el = mount(html`<passerelle-mediator-demo></passerelle-mediator-demo>`).querySelector(
      'passerelle-mediator-demo',
    ) as MediatorDemo;
    await settle(el);
    const typed = { label: 'Zoé Quintal', note: 'Perdu son courrier en mars', age: '1957', income: '1234' };
    await createBilan(el, typed.label, {
      answers: { birthDate: `${typed.age}-02-01`, salary: Number(typed.income) },
    });
    // The mediator ticks "autre" and types a note, then the help needed.
    const choose = (id: string, value: string) => {
      const select = $<HTMLSelectElement>(el, id)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    };
    choose('#pm-rsa-reason', 'autre');
    await settle(el);
    const note = $<HTMLInputElement>(el, '#pm-rsa-note')!;
    note.value = typed.note;
    note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    choose('#pm-rsa-help', 'accompagnement-social');
    await settle(el);
    // No partner data configured: said plainly, the list is disabled.
    expect($(el, '#pm-rsa-partner-hint')?.textContent).toContain('partners-src');
    expect($(el, '[data-fiche]')?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /Autre \(Perdu son courrier en mars\)[\s\S]*Accompagnement social/,
    );
    await el.workspace.save({
      state: { answers: { birthDate: `${typed.age}-02-01` } },
      themesDone: ['famille'],
      checklist: { rsa: 'to_open', css: 'not_concerned', aide_logement: 'open' },
    });
    await settle(el);
    expect(el.workspace.rows.map((r) => [r.right, r.state, r.reason, r.help, r.count])).toEqual([
      ['aide_logement', 'open', '', '', 1],
      ['rsa', 'to_open', 'autre', 'accompagnement-social', 1],
    ]);
    const table = $(el, '[part=activity] table')!;
    expect(table.textContent).toContain('Accompagnement social');
    // Capture both exports.
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    button(el, /Exporter en CSV/)!.click();
    button(el, /Exporter en JSON/)!.click();
    const [csv, json] = await Promise.all(blobs.map((b) => b.text()));
    expect(csv).toContain('semaine,droit,etat,raison,aide,nombre');
    for (const text of [csv, json])
      for (const value of [typed.label, 'Zoé', 'Quintal', typed.note, 'courrier', typed.age, typed.income])
        expect(text, value).not.toContain(value);
    // Saving the same bilan again does not count it twice.
    await el.workspace.save({
      state: {},
      themesDone: ['famille'],
      checklist: { rsa: 'to_open', aide_logement: 'open' },
    });
    expect(el.workspace.rows.reduce((n, r) => n + r.count, 0)).toBe(2);
  });

  it('keeps only the retention days the host set (store option)', () => {
    expect(new BilanStore(memoryBackend(), { retentionDays: 7 }).retentionDays).toBe(7);
    expect(new ActivityCount(memoryBackend())).toBeInstanceOf(ActivityCount);
  });
});

describe('compact checklist', () => {
  it('shows the rights that matter and folds the others behind one control', async () => {
    const el = mount(
      html`<passerelle-mediator-demo .checklist=${stories.SAMPLE_RIGHTS}></passerelle-mediator-demo>`,
    ).querySelector('passerelle-mediator-demo') as MediatorDemo;
    await settle(el);
    const shown = () =>
      [...el.shadowRoot!.querySelectorAll('.pm-check')].map((li) => li.getAttribute('data-right'));
    expect(shown()).toEqual(['rsa', 'css', 'aide_logement']);
    expect($(el, '#pm-checklist-title')?.textContent).toBe('Suivi : 3 droits à voir');
    // Each row is one line: reason, help and note wait behind a disclosure named after the right.
    expect($(el, '[data-right="rsa"] [part=follow-up]')).toBeNull();
    const more = $<HTMLButtonElement>(el, '#pq-c-rsa-more')!;
    expect(more.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Raison, aide et note (Revenu de solidarité active (RSA))',
    );
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    await settle(el);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    // A right to open has its follow-up; an open one only its note.
    expect($(el, '[data-right="rsa"] [part=follow-up]')).not.toBeNull();
    $<HTMLButtonElement>(el, '#pq-c-aide-logement-more')!.click();
    await settle(el);
    expect($(el, '[data-right="aide_logement"] [part=follow-up]')).toBeNull();
    expect($(el, '#pq-c-aide-logement-note')).not.toBeNull();
    const toggle = $<HTMLButtonElement>(el, '#pm-checklist-others')!;
    expect(toggle.textContent).toContain('Voir les 4 autres droits');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle(el);
    expect(shown()).toHaveLength(7);
    // Marking a folded right "à ouvrir" brings it up among those that matter.
    $<HTMLInputElement>(el, 'input[name="pq-c-aah-state"][value="to_open"]')!.click();
    await settle(el);
    toggle.click();
    await settle(el);
    expect(shown()).toEqual(['rsa', 'css', 'aide_logement', 'aah']);
    await expectNoAxeViolations(el.parentElement!);
  });
});

describe('dense results', () => {
  it('one line per right; its name opens the whole card, for the keyboard and screen readers', async () => {
    const el = mount(
      html`<passerelle-mediator-demo .compactRights=${[
        {
          id: 'rsa',
          label: 'Revenu de solidarité active (RSA)',
          status: 'eligible',
          statusText: 'Vous y avez probablement droit',
          amount: { text: '412 € par mois', estimate: true },
          next: 'Faites la demande en ligne.',
          description: 'Un revenu minimum.',
        },
      ]}></passerelle-mediator-demo>`,
    ).querySelector('passerelle-mediator-demo') as MediatorDemo;
    await settle(el);
    const line = (sel: string) => $(el, sel)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(line('.pm-right-status')).toBe('✓Vous y avez probablement droit');
    expect(line('.pm-right-amount')).toBe('Environ 412 € par mois');
    expect(line('.pm-right-next')).toBe('Prochaine étape : Faites la demande en ligne.');
    const title = $(el, 'h4#pq-r-rsa-title')!;
    const toggle = title.querySelector('button')!;
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Revenu de solidarité active (RSA) : Détails, démarches et aide',
    );
    const panel = $(el, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(panel.hidden).toBe(true);
    expect(panel.textContent?.trim()).toBe('');
    toggle.focus();
    toggle.click();
    await settle(el);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toContain('Un revenu minimum.');
    expect(el.shadowRoot!.activeElement).toBe(toggle);
    await expectNoAxeViolations(el.parentElement!);
  });
});

describe('interview shortcuts', () => {
  it('moves between theme sections with Alt+arrows, submits with Ctrl+Enter and saves with Ctrl+S', async () => {
    const host = document.createElement('div');
    containers.push(host);
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = ['famille', 'logement', 'sante']
      .map((t) => `<section data-theme="${t}"><h3>${t}</h3><label>Q <input id="${t}"></label></section>`)
      .join('');
    const calls: string[] = [];
    const actions = {
      sections: () => [...root.querySelectorAll<HTMLElement>('section')],
      submit: () => calls.push('submit'),
      save: () => calls.push('save'),
    };
    const key = (init: KeyboardEventInit) => {
      const e = new KeyboardEvent('keydown', { cancelable: true, ...init });
      return [handleShortcut(e, root, actions), e.defaultPrevented];
    };
    root.getElementById('famille')!.focus();
    expect(key({ key: 'ArrowDown', altKey: true })).toEqual([true, true]);
    expect(root.activeElement?.id).toBe('logement');
    key({ key: 'ArrowUp', altKey: true });
    key({ key: 'ArrowUp', altKey: true });
    expect(root.activeElement?.id).toBe('sante');
    expect(key({ key: 'Enter', ctrlKey: true })).toEqual([true, true]);
    expect(key({ key: 's', ctrlKey: true })).toEqual([true, true]);
    expect(calls).toEqual(['submit', 'save']);
    // Plain keys stay the browser's and the screen reader's.
    expect(key({ key: 'ArrowDown' })).toEqual([false, false]);
    expect(key({ key: 's' })).toEqual([false, false]);
  });
});
