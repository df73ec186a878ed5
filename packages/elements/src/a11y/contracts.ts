// Behaviour contracts shared by every block and element that claims the behaviour: one suite per family
// (choice group, text field, step navigation), each run on the blocks and on the widgets that use them.
// Test-only module (imports vitest).
import { THEME_NAMES, themeStyleText } from '@passerelle/tokens';
import { describe, expect, it } from 'vitest';

/** A mounted subject: the root to search (a shadow root), and a function to remove it. */
export interface Mounted {
  root: ParentNode;
  cleanup(): void;
}
export type Mount = () => Promise<Mounted>;

const inputs = (root: ParentNode, type: string) => [
  ...root.querySelectorAll<HTMLInputElement>(`input[type=${type}]`),
];

/** Exposed as invalid: an `aria-invalid` other than false, or a native constraint failing without one. */
const exposedInvalid = (el: HTMLInputElement) => {
  const aria = el.getAttribute('aria-invalid');
  return aria ? aria !== 'false' : el.matches(':invalid');
};

async function inEveryTheme(mount: Mount, check: (m: Mounted, theme: string) => void): Promise<void> {
  for (const theme of THEME_NAMES) {
    const style = document.createElement('style');
    style.textContent = themeStyleText(theme, ':root');
    document.head.append(style);
    const m = await mount();
    try {
      check(m, theme);
    } finally {
      m.cleanup();
      style.remove();
    }
  }
}

/** Radios and checkboxes in fieldset/legend: named, labelled, large enough, never invalid before a submit. */
export function choiceGroupContract(name: string, mount: Mount): void {
  describe(`choice group contract: ${name}`, () => {
    it('every group has a name and every option a label', async () => {
      const m = await mount();
      try {
        const options = [...inputs(m.root, 'radio'), ...inputs(m.root, 'checkbox')];
        expect(options.length).toBeGreaterThan(0);
        for (const o of options) {
          expect(o.labels?.length ?? 0, `${o.id} has a label`).toBeGreaterThan(0);
          const group = o.closest('fieldset');
          expect(group, `${o.id} sits in a fieldset`).not.toBeNull();
          expect(group?.querySelector('legend')?.textContent?.trim(), `${o.id}'s legend`).toBeTruthy();
        }
      } finally {
        m.cleanup();
      }
    });

    it('nothing is exposed as invalid before a submit, and radios carry no native `required`', async () => {
      const m = await mount();
      try {
        for (const o of [...inputs(m.root, 'radio'), ...inputs(m.root, 'checkbox')])
          expect(exposedInvalid(o), `${o.id} invalid on arrival`).toBe(false);
        for (const r of inputs(m.root, 'radio'))
          expect(r.required, `${r.id} has native required`).toBe(false);
      } finally {
        m.cleanup();
      }
    });

    it('targets are at least 24 × 24 px in every theme', async () => {
      await inEveryTheme(mount, (m, theme) => {
        for (const o of [...inputs(m.root, 'radio'), ...inputs(m.root, 'checkbox')]) {
          const box = o.getBoundingClientRect();
          expect(box.width, `${o.id} width in ${theme}`).toBeGreaterThanOrEqual(24);
          expect(box.height, `${o.id} height in ${theme}`).toBeGreaterThanOrEqual(24);
          // The label row around it is the larger target (44 px where the layout allows).
          const row = o.parentElement?.getBoundingClientRect();
          expect(row?.height ?? 0, `${o.id} row in ${theme}`).toBeGreaterThanOrEqual(44);
        }
      });
    });
  });
}

const LINE_TYPES =
  'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=number]';
// Tokens the HTML standard reserves for multi-line controls (textarea).
const MULTILINE_ONLY = new Set(['street-address']);

/** One-line fields: labelled, not invalid before a submit, sound `autocomplete` tokens. */
export function textFieldContract(name: string, mount: Mount): void {
  describe(`text field contract: ${name}`, () => {
    it('every field has a label, no invalid state on arrival, and a one-line autocomplete token', async () => {
      const m = await mount();
      try {
        const fields = [...m.root.querySelectorAll<HTMLInputElement>(LINE_TYPES)];
        expect(fields.length).toBeGreaterThan(0);
        for (const f of fields) {
          const named =
            (f.labels?.length ?? 0) > 0 || f.hasAttribute('aria-labelledby') || f.hasAttribute('aria-label');
          expect(named, `${f.id} is labelled`).toBe(true);
          expect(exposedInvalid(f), `${f.id} invalid on arrival`).toBe(false);
          const token = (f.getAttribute('autocomplete') ?? '').split(/\s+/).pop() ?? '';
          expect(MULTILINE_ONLY.has(token), `${f.id}: autocomplete="${token}" on a one-line input`).toBe(
            false,
          );
        }
      } finally {
        m.cleanup();
      }
    });
  });
}

/**
 * Step navigation: the position is given as text (not only a bar), and after moving on, focus is somewhere
 * in the widget, never on body. `next` moves one step and resolves when the new step is shown.
 */
export function stepNavigationContract(
  name: string,
  mount: Mount,
  next?: (m: Mounted) => Promise<void>,
): void {
  describe(`step navigation contract: ${name}`, () => {
    it('the position is given as text, with a named progress bar', async () => {
      const m = await mount();
      try {
        const bar = m.root.querySelector<HTMLProgressElement>('progress, [role=progressbar]');
        expect(bar, 'a progress bar').not.toBeNull();
        const byId = (id: string) =>
          (m.root as ParentNode & { getElementById?(id: string): Element | null }).getElementById?.(id);
        const labelledBy = (bar?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        const label =
          bar?.getAttribute('aria-label') ??
          (labelledBy.map((id) => byId(id)?.textContent ?? '').join(' ') ||
            bar?.labels?.[0]?.textContent ||
            '');
        expect(label.trim(), 'the bar is named').toBeTruthy();
        expect((m.root as Element | ShadowRoot).textContent ?? '', 'the position as text').toContain(
          label.trim(),
        );
      } finally {
        m.cleanup();
      }
    });

    if (next)
      it('moving on never leaves focus on body', async () => {
        const m = await mount();
        try {
          await next(m);
          let active: Element | null = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          expect(active === document.body || active === null, 'focus on body after moving on').toBe(false);
        } finally {
          m.cleanup();
        }
      });
  });
}
