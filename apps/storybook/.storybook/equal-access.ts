import { equalAccessViolations, formatEqualAccess } from '@passerelle/testing/equal-access';
import type { StoryContext } from '@storybook/web-components-vite';

/**
 * IBM Equal Access on the story's canvas after it rendered (and after its play function). In the test run a
 * violation fails the story; in Storybook itself it is only logged. Stories whose a11y test is off (the
 * deliberately broken fixture) are skipped, and `parameters.equalAccessDisable` lists rules a story may skip,
 * each with its reason next to it.
 */
export async function equalAccessAfterEach(context: StoryContext): Promise<void> {
  const { canvasElement, parameters, viewMode } = context;
  if (viewMode !== 'story' || parameters.a11y?.test === 'off' || parameters.a11y?.disable === true) return;
  const results = await equalAccessViolations(canvasElement, {
    disable: parameters.equalAccessDisable ?? [],
  });
  if (results.length === 0) return;
  const message = `IBM Equal Access found ${results.length} violation(s):\n${formatEqualAccess(results)}`;
  if (import.meta.env.MODE === 'test' || import.meta.env.VITEST_STORYBOOK !== undefined)
    throw new Error(message);
  console.warn(message);
}
