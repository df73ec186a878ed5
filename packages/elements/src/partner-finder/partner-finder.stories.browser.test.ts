// Runs every <passerelle-partner-finder> story like Storybook does (render, play, axe).
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { afterEach, describe, expect, it } from 'vitest';
import { playStory, removeStoryCanvases, storyEntries } from '../a11y/test-helpers.js';
import * as stories from './partner-finder.stories.js';

afterEach(removeStoryCanvases);

describe('partner-finder stories', () => {
  for (const [name, story] of storyEntries(stories))
    it(`${name}: renders and passes axe`, async () => {
      const { canvasElement, el } = await playStory(story, 'passerelle-partner-finder', 'fr');
      expect(el.shadowRoot?.querySelector('[role=status]')).not.toBeNull();
      await expectNoAxeViolations(canvasElement);
    });
});
