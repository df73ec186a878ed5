// Mounting, clean-up and network spies for the questionnaire's browser tests: importing this file registers
// the hooks. `network` lists every request a test made: nothing may leave the page during a journey.
// Test-only: the package's build leaves it out.
import { afterEach, beforeEach, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../define/passerelle-questionnaire.js';
import type { PasserelleQuestionnaire } from './questionnaire.js';
import { extraRightsLoading } from './session-controller.js';
import { STORAGE_KEY } from './storage.js';
import { MONTH, settle } from './test-helpers.js';

export * from './test-helpers.js';

export const mounted: Element[] = [];
export const network: string[] = [];

beforeEach(() => {
  network.length = 0;
  localStorage.removeItem(STORAGE_KEY);
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    network.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return realFetch(input, init);
  });
  const open = XMLHttpRequest.prototype.open;
  vi.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(function (
    this: XMLHttpRequest,
    ...args: unknown[]
  ) {
    network.push(`xhr ${String(args[1])}`);
    return (open as (...a: unknown[]) => void).apply(this, args);
  });
  vi.spyOn(navigator, 'sendBeacon').mockImplementation((url) => {
    network.push(`beacon ${String(url)}`);
    return true;
  });
});

afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  for (const n of document.querySelectorAll('passerelle-partner-finder, passerelle-falc')) n.remove();
  localStorage.removeItem(STORAGE_KEY);
  vi.restoreAllMocks();
  await page.viewport(1280, 900);
});

export async function mount(
  attrs: Record<string, string> = {},
  inner = '',
): Promise<PasserelleQuestionnaire> {
  const el = document.createElement('passerelle-questionnaire') as PasserelleQuestionnaire;
  el.setAttribute('lang', 'fr');
  el.setAttribute('month', MONTH);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.innerHTML = inner;
  document.body.append(el);
  mounted.push(el);
  // As a person reading the start screen: the rights loaded after it are in by the time they start.
  await extraRightsLoading();
  await el.engineReady;
  await settle(el);
  return el;
}
