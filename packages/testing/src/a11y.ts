// What a screen reader would get from a page, for Playwright tests: Chromium's own accessibility tree (through
// CDP, shadow roots included), where the focus is, and a recorder of every live-region change (role=status,
// role=alert, role=log, aria-live), also inside shadow roots, so a test can say what is announced at each step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

export interface Announcement {
  /** `assertive` for role=alert and aria-live=assertive, `polite` otherwise. */
  politeness: 'polite' | 'assertive';
  role: string;
  text: string;
}

/**
 * Installs the live-region recorder before any script of the page runs (call before `page.goto`). Shadow
 * roots are watched as they are attached. A region's text is recorded when it changes to something non-empty
 * (what screen readers read); an alert inserted with its text counts too.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Log = { politeness: 'polite' | 'assertive'; role: string; text: string }[];
    const w = window as unknown as { __announcements: Log };
    w.__announcements = [];
    const LIVE = '[role=status],[role=alert],[role=log],[aria-live]';
    const last = new WeakMap<Element, string>();
    const pending = new Set<Element>();
    const regionOf = (n: Node | null): Element | null => {
      for (let e: Node | null = n; e; e = e.parentNode ?? (e as ShadowRoot).host ?? null)
        if (e instanceof Element && e.matches(LIVE) && e.getAttribute('aria-live') !== 'off') return e;
      return null;
    };
    const flush = () => {
      for (const region of pending) {
        const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text && text !== last.get(region)) {
          const role = region.getAttribute('role') ?? '';
          const live = region.getAttribute('aria-live');
          w.__announcements.push({
            politeness: role === 'alert' || live === 'assertive' ? 'assertive' : 'polite',
            role: role || 'live',
            text,
          });
        }
        last.set(region, text);
      }
      pending.clear();
    };
    const seen = (region: Element) => {
      if (pending.size === 0) queueMicrotask(flush);
      pending.add(region);
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const region = regionOf(r.target);
        if (region) seen(region);
        for (const added of r.addedNodes) {
          if (!(added instanceof Element)) continue;
          // A region that arrives already filled: alerts are read, polite regions usually are not.
          if (added.matches('[role=alert]')) seen(added);
          for (const inner of added.querySelectorAll('[role=alert]')) seen(inner);
          for (const inner of added.querySelectorAll(LIVE))
            last.set(inner, (inner.textContent ?? '').replace(/\s+/g, ' ').trim());
        }
      }
    });
    const watch = (root: Node) =>
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      watch(root);
      return root;
    };
    watch(document);
  });
}

/** The announcements recorded since the last call (and forgets them). */
export async function takeAnnouncements(page: Page): Promise<Announcement[]> {
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  return page.evaluate(() => {
    const w = window as unknown as { __announcements: Announcement[] };
    const out = w.__announcements;
    w.__announcements = [];
    return out;
  });
}

/** How many announcements contain `text`. */
export const countAnnounced = (log: Announcement[], text: string | RegExp): number =>
  log.filter((a) => (typeof text === 'string' ? a.text.includes(text) : text.test(a.text))).length;

/** The focused element, through shadow roots: its tag, role and accessible name, or `body`. */
export async function focused(page: Page): Promise<{ tag: string; role: string; name: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement)
      return { tag: 'body', role: '', name: '' };
    const labelled = el.getAttribute('aria-labelledby');
    const root = el.getRootNode() as Document | ShadowRoot;
    const name =
      el.getAttribute('aria-label') ??
      (labelled
        ? labelled
            .split(/\s+/)
            .map((id) => root.getElementById?.(id)?.textContent ?? '')
            .join(' ')
        : '') ??
      '';
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role') ?? '',
      name: (
        name ||
        (el as HTMLElement).innerText ||
        (el as HTMLInputElement).labels?.[0]?.textContent ||
        ''
      ).trim(),
    };
  });
}

/** Fails when focus has fallen to `body` (a screen reader then starts again from the top of the page). */
export async function expectFocusNotOnBody(page: Page, when: string): Promise<void> {
  const f = await focused(page);
  expect(f.tag, `focus is on body ${when}`).not.toBe('body');
}

interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
}

/** Chromium's full accessibility tree (what assistive technologies get), shadow roots included. */
export async function accessibilityTree(page: Page): Promise<AXNode[]> {
  // Chromium updates its tree after rendering: let two frames pass so the states are the new ones.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  );
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    return nodes;
  } finally {
    await cdp.detach();
  }
}

/**
 * What a screen reader says when focus lands: the focused node's role, accessible name and description, as
 * Chromium exposes them (shadow roots included); '' when nothing but the page is focused.
 */
export async function focusAnnouncement(page: Page): Promise<string> {
  // The document itself is marked focused too: the element that has focus is the other one.
  const node = (await accessibilityTree(page)).find(
    (n) =>
      !n.ignored &&
      n.role?.value !== 'RootWebArea' &&
      n.properties?.some((p) => p.name === 'focused' && p.value.value === true),
  );
  if (!node) return '';
  return [node.role?.value, node.name?.value, node.description?.value].filter(Boolean).join(', ');
}

/** Nodes Chromium exposes as invalid (`aria-invalid`, or a native constraint such as `required`). */
export async function invalidNodes(page: Page): Promise<string[]> {
  return (await accessibilityTree(page))
    .filter((n) => !n.ignored && n.properties?.some((p) => p.name === 'invalid' && p.value.value !== 'false'))
    .map((n) => {
      const value = n.properties?.find((p) => p.name === 'invalid')?.value.value;
      return `${n.role?.value ?? '?'} "${n.name?.value ?? ''}" (invalid: ${String(value)})`;
    });
}

/** Fails when anything is exposed as invalid: before a submit, nothing may be. */
export async function expectNothingInvalid(page: Page, when: string): Promise<void> {
  expect(await invalidNodes(page), `exposed as invalid ${when}`).toEqual([]);
}

const require = createRequire(import.meta.url);
let aceSource: string | undefined;

/** IBM Equal Access on the whole page (open shadow roots included): confirmed WCAG 2.2 violations. */
export async function equalAccessOnPage(page: Page, disable: string[] = []): Promise<string[]> {
  aceSource ??= readFileSync(require.resolve('accessibility-checker-engine/ace-window.js'), 'utf8');
  if (!(await page.evaluate(() => 'ace_ibma' in window))) await page.addScriptTag({ content: aceSource });
  return page.evaluate(async (skip) => {
    type Result = { ruleId: string; value: [string, string]; message: string; path: { dom: string } };
    const ace = (
      window as unknown as {
        ace_ibma: { Checker: new () => { check(d: Document, r: string[]): Promise<{ results: Result[] }> } };
      }
    ).ace_ibma;
    const report = await new ace.Checker().check(document, ['WCAG_2_2']);
    return report.results
      .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !skip.includes(r.ruleId))
      .map((r) => `${r.ruleId}: ${r.message} (${r.path.dom})`);
  }, disable);
}
