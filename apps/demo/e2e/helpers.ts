// Shared checks for the host pages and the demo site: which widgets the built kit has, waiting for them,
// focus visibility, readable controls. Pure Playwright, no test() here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Frame, type Page } from '@playwright/test';

const dist = join(import.meta.dirname, '..', 'dist');

interface KitManifest {
  version: string;
  widgets: Array<{ tag: string; chunk: string }>;
}

function readKit(dir: string): KitManifest {
  const file = join(dist, dir, 'passerelle-manifest.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: build the demo first (node scripts/build.mjs).`);
  return JSON.parse(readFileSync(file, 'utf8')) as KitManifest;
}

/** The kit as built into the demo; tests cover every widget it contains. */
export const kit = readKit('passerelle');
export const olderKit = readKit('passerelle-ancienne');
export const builtTags = kit.widgets.map((w) => w.tag);
export const ALL_TAGS = ['passerelle-questionnaire', 'passerelle-partner-finder', 'passerelle-falc'];

export const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

type Target = Page | Frame;

/** Waits until each tag is defined and has rendered at least one control in its shadow root. */
export async function waitForWidgets(target: Target, tags: string[], timeout = 15_000) {
  for (const tag of tags)
    await target.waitForFunction(
      ({ tag, selector }) => {
        const el = document.querySelector(tag);
        return !!customElements.get(tag) && !!el?.shadowRoot?.querySelector(selector);
      },
      { tag, selector: FOCUSABLE },
      { timeout },
    );
}

/** Tabs from the top of the document until focus is inside the widget; returns the focus style found. */
export async function tabIntoWidget(page: Page, target: Target, tag: string) {
  await target.evaluate(() => {
    const root = document.documentElement;
    root.tabIndex = -1;
    root.focus();
    root.removeAttribute('tabindex');
  });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const style = await target.evaluate(
      ({ tag }) => {
        const host = document.activeElement;
        if (!host || host.localName !== tag || !host.shadowRoot) return null;
        let el: Element | null = host.shadowRoot.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return null;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          what: `${el.localName}${el.id ? `#${el.id}` : ''}`,
          outlineStyle: cs.outlineStyle,
          outlineWidth: Number.parseFloat(cs.outlineWidth),
          boxShadow: cs.boxShadow,
          visible: r.width > 0 && r.height > 0,
        };
      },
      { tag },
    );
    if (style) return style;
  }
  throw new Error(`Tab never reached a control inside <${tag}>.`);
}

export async function expectVisibleFocus(page: Page, target: Target, tag: string) {
  const focus = await tabIntoWidget(page, target, tag);
  expect(focus.visible, `${tag} ${focus.what} is focused but not visible`).toBe(true);
  const ring = (focus.outlineStyle !== 'none' && focus.outlineWidth >= 2) || focus.boxShadow !== 'none';
  expect(
    ring,
    `${tag} ${focus.what}: no focus ring (outline ${focus.outlineStyle} ${focus.outlineWidth}px)`,
  ).toBe(true);
}

/**
 * Controls inside the widgets stay readable whatever the host does: text at least 14 px (the tokens floor 16 px
 * for body text, 0.875em for small print), line height at least 1.2, buttons and fields at least 24 px high
 * (WCAG 2.5.8).
 */
export async function readabilityProblems(target: Target, tags: string[]): Promise<string[]> {
  return target.evaluate((tags) => {
    const problems: string[] = [];
    for (const tag of tags) {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) {
        problems.push(`<${tag}> has no shadow root`);
        continue;
      }
      for (const el of root.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, label, legend, a[href]',
      )) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const cs = getComputedStyle(el);
        const size = Number.parseFloat(cs.fontSize);
        const name = `<${tag}> ${el.localName}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
        const isBox = el.matches('input[type=radio], input[type=checkbox]');
        if (!isBox && size < 14) problems.push(`${name}: text ${size}px`);
        const lh = cs.lineHeight === 'normal' ? size * 1.2 : Number.parseFloat(cs.lineHeight);
        if (!isBox && lh < size * 1.2 - 0.5) problems.push(`${name}: line height ${lh}px for ${size}px text`);
        if (
          el.matches('button, select, textarea, input:not([type=radio]):not([type=checkbox])') &&
          r.height < 24
        )
          problems.push(`${name}: ${Math.round(r.height)}px high`);
        if (isBox && (r.width < 12 || r.height < 12)) problems.push(`${name}: ${r.width}x${r.height}px box`);
      }
    }
    return problems;
  }, tags);
}

/** Console errors and page errors, collected from the start of a test. */
export function collectErrors(page: Page) {
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  return { errors, warnings };
}
