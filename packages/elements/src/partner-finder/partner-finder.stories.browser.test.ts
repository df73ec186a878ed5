// Runs every <passerelle-partner-finder> story like Storybook does (render, play, axe).
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import * as stories from './partner-finder.stories.js';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
});

const entries = Object.entries(stories).filter(([k]) => k !== 'default') as Array<[string, StoryObj]>;

describe('partner-finder stories', () => {
  for (const [name, story] of entries)
    it(`${name}: renders and passes axe`, async () => {
      const canvasElement = document.createElement('div');
      canvasElement.lang = 'fr';
      document.body.append(canvasElement);
      containers.push(canvasElement);
      render((story.render as unknown as () => TemplateResult)(), canvasElement);
      const el = canvasElement.querySelector('passerelle-partner-finder') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      if (story.play)
        await (story.play as unknown as (ctx: { canvasElement: HTMLElement }) => Promise<void>)({
          canvasElement,
        });
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('[role=status]')).not.toBeNull();
      await expectNoAxeViolations(canvasElement);
    });
});
