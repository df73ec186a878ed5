// Mounting and clean-up for the blocks' browser tests (importing it registers the clean-up hook).
// Test-only: the package's build leaves it out.
import { themeStyleText } from '@passerelle/tokens';
import { render, type TemplateResult } from 'lit';
import { afterEach } from 'vitest';
import { page } from 'vitest/browser';
import type { BlocksDemo } from './demo-host.stories.js';
import { deepActiveElement } from './shared.js';

// Same spirit as the Storybook "hostile host" decorator: a WordPress-like theme fighting the widget.
export const HOSTILE_CSS = `html { font-size: 62.5% !important; } body { line-height: 1 !important; }
button, input, select, textarea, label { font-family: Georgia, serif !important; font-size: 1.3rem !important;
line-height: 1 !important; border-radius: 0 !important; text-transform: uppercase !important; margin: 0 !important; }
button { background: #222 !important; color: #fff !important; padding: 0 !important; }`;

// WCAG 1.4.12 text-spacing override (the usual bookmarklet values).
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

export const cleanups: Array<() => void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) c();
  await page.viewport(1024, 768);
});

export function addStyle(css: string) {
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  cleanups.push(() => el.remove());
}

export async function mount(
  tpl: TemplateResult,
  opts: { theme?: string; hostile?: boolean; lang?: string } = {},
) {
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

export const active = () => deepActiveElement() as HTMLElement | null;
export const settle = async (host: BlocksDemo, ms = 0) => {
  await new Promise((r) => setTimeout(r, ms));
  await host.updateComplete;
};
