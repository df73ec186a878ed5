// Runs every <passerelle-questionnaire> story like Storybook does (render, play, axe), so stories stay green.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as stories from './questionnaire.stories.js';

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const c of containers.splice(0)) c.remove();
  vi.restoreAllMocks();
});

const entries = Object.entries(stories).filter(([k]) => k !== 'default') as Array<[string, StoryObj]>;

describe('questionnaire stories', () => {
  for (const [name, story] of entries)
    it(`${name}: renders, plays and passes axe`, async () => {
      // The invalid-file story logs its errors on purpose.
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const canvasElement = document.createElement('div');
      document.body.append(canvasElement);
      containers.push(canvasElement);
      render((story.render as unknown as () => TemplateResult)(), canvasElement);
      const el = canvasElement.querySelector('passerelle-questionnaire') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      if (story.play)
        await (story.play as unknown as (ctx: { canvasElement: HTMLElement }) => Promise<void>)({
          canvasElement,
        });
      await el.updateComplete;
      expect(el.shadowRoot?.querySelector('h2, legend, label')).not.toBeNull();
      await expectNoAxeViolations(canvasElement);
    });
});
