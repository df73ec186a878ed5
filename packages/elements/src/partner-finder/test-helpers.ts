// Helpers of the finder's browser tests (left out of the published package, see package.json "files").
import { afterEach, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/passerelle-partner-finder.js';
import { EXAMPLE_NOW } from './example-data.js';
import type { PasserellePartnerFinder } from './partner-finder.js';
import { until as waitUntil } from '../base/test-helpers.js';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  vi.restoreAllMocks();
});

/** A finder on the page, inside an element carrying `lang`, with the example clock. */
export function mount(
  attrs: Record<string, string> = {},
  props: Partial<PasserellePartnerFinder> = {},
  lang = 'fr',
): PasserellePartnerFinder {
  const el = document.createElement('passerelle-partner-finder');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, { now: EXAMPLE_NOW, ...props });
  const wrap = document.createElement('div');
  wrap.lang = lang;
  wrap.append(el);
  document.body.append(wrap);
  mounted.push(wrap);
  return el;
}

export const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;

// Intl puts narrow no-break spaces in "20 km": compare with plain spaces.
export const status = (el: HTMLElement) =>
  root(el)
    .querySelector('[role=status].pa-status')
    ?.textContent?.replace(/[\u00a0\u202f]/g, ' ')
    .trim() ?? '';

/** Waits for `test` once the finder has rendered; the 20 s deadline only catches hangs. */
export async function until(el: PasserellePartnerFinder, test: () => boolean, what: string) {
  await el.updateComplete;
  await waitUntil(test, what, 20_000);
  await el.updateComplete;
}

/** Types `typed` in the commune field and picks the first suggestion with the arrow and Enter, as a person would. */
export async function pickCommune(el: PasserellePartnerFinder, typed: string): Promise<HTMLInputElement> {
  await el.updateComplete;
  const input = root(el).querySelector<HTMLInputElement>('#pf-commune') as HTMLInputElement;
  input.focus();
  await userEvent.keyboard(typed);
  await until(el, () => !!root(el).querySelector('[role=option]'), `suggestions for ${typed}`);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  return input;
}

export const deepActive = (): Element | null => {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
