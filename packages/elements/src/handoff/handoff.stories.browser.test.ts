// Runs every hand-off story like Storybook does (render, play, axe), and checks no identifier reaches the text.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import * as stories from './handoff.stories.js';
import { identifierLike } from './test-helpers.js';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
});

const entries = Object.entries(stories).filter(([k]) => k !== 'default') as Array<[string, StoryObj]>;

/** Visible text of a story: its shadow roots and its frames included. */
function textOf(root: Element): string {
  const parts: string[] = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) parts.push(textOf(el.shadowRoot as unknown as Element));
    if (el instanceof HTMLIFrameElement) parts.push(el.contentDocument?.body?.innerText ?? '');
  }
  return parts.join('\n');
}

describe('hand-off stories', () => {
  for (const [name, story] of entries)
    it(`${name}: renders, plays, passes axe, shows no identifier`, async () => {
      const canvasElement = document.createElement('div');
      canvasElement.lang = 'fr';
      document.body.append(canvasElement);
      containers.push(canvasElement);
      render((story.render as unknown as () => TemplateResult)(), canvasElement);
      const frame = canvasElement.querySelector('iframe');
      if (frame)
        await new Promise((r) =>
          frame.contentDocument?.readyState === 'complete' && frame.contentDocument.body?.childElementCount
            ? r(null)
            : frame.addEventListener('load', r, { once: true }),
        );
      const host = canvasElement.querySelector('passerelle-blocks-demo') as
        | (HTMLElement & { updateComplete: Promise<unknown> })
        | null;
      await host?.updateComplete;
      if (story.play)
        await (story.play as unknown as (ctx: { canvasElement: HTMLElement }) => Promise<void>)({
          canvasElement,
        });
      await host?.updateComplete;
      expect(textOf(canvasElement).trim().length).toBeGreaterThan(20);
      expect(identifierLike(textOf(canvasElement))).toEqual([]);
      await expectNoAxeViolations(canvasElement);
    });
});

describe('summary without monthly money', () => {
  it('says so in words, with no count of zero and no total', async () => {
    const canvasElement = document.createElement('div');
    canvasElement.lang = 'fr';
    document.body.append(canvasElement);
    containers.push(canvasElement);
    render((stories.AuDessusDesPlafonds.render as unknown as () => TemplateResult)(), canvasElement);
    await (
      canvasElement.querySelector('passerelle-blocks-demo') as HTMLElement & {
        updateComplete: Promise<unknown>;
      }
    ).updateComplete;
    const text = textOf(canvasElement);
    expect(text).toContain('Nous n’avons pas trouvé d’aide versée chaque mois');
    expect(text).not.toMatch(/\b0 aide|Au total/);
  });
});
