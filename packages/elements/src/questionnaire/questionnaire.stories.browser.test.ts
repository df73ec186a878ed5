// Runs every <passerelle-questionnaire> story like Storybook does (render, play, axe), so stories stay green.
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { playStory, removeStoryCanvases, storyEntries } from '../a11y/test-helpers.js';
import * as stories from './questionnaire.stories.js';

afterEach(() => {
  removeStoryCanvases();
  vi.restoreAllMocks();
});

describe('questionnaire stories', () => {
  for (const [name, story] of storyEntries(stories))
    it(`${name}: renders, plays and passes axe`, async () => {
      // The invalid-file story logs its errors on purpose.
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { canvasElement, el } = await playStory(story, 'passerelle-questionnaire');
      expect(el.shadowRoot?.querySelector('h2, legend, label')).not.toBeNull();
      await expectNoAxeViolations(canvasElement);
    });
});
