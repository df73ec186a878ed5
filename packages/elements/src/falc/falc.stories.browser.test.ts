// Runs every <passerelle-falc> story like Storybook does (render, play, axe), so stories stay green.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import * as stories from './falc.stories.js';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
});

const entries = Object.entries(stories).filter(([k]) => k !== 'default') as Array<[string, StoryObj]>;

describe('falc stories', () => {
  for (const [name, story] of entries)
    it(`${name}: renders and passes axe`, async () => {
      const canvasElement = document.createElement('div');
      canvasElement.lang = 'fr';
      document.body.append(canvasElement);
      containers.push(canvasElement);
      const renderFn = story.render as unknown as () => TemplateResult;
      render(renderFn(), canvasElement);
      const el = canvasElement.querySelector('passerelle-falc') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      if (story.play)
        await (story.play as unknown as (ctx: { canvasElement: HTMLElement }) => Promise<void>)({
          canvasElement,
        });
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('h2, h3')).not.toBeNull();
      await expectNoAxeViolations(canvasElement);
      // 320 px reflow: nothing wider than its container.
      expect(el.scrollWidth).toBeLessThanOrEqual(Math.max(el.clientWidth, 320) + 1);
    });
});
