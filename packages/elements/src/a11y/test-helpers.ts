// Helpers of the story tests, which run each story as Storybook does (left out of the published package,
// see package.json "files").
import type { StoryObj } from '@storybook/web-components-vite';
import { render, type TemplateResult } from 'lit';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** The stories of a stories module, its default export (the meta) left out. */
export const storyEntries = (module: Record<string, unknown>): Array<[string, StoryObj]> =>
  Object.entries(module).filter(([k]) => k !== 'default') as Array<[string, StoryObj]>;

const canvases: HTMLElement[] = [];

/** Removes every canvas `playStory` attached: call it in `afterEach`. */
export function removeStoryCanvases(): void {
  for (const c of canvases.splice(0)) c.remove();
}

/**
 * Renders a story into a canvas attached to the page, waits for the element `selector` finds, runs the
 * story's `play` and waits again, as Storybook does.
 */
export async function playStory(
  story: StoryObj,
  selector: string,
  lang?: string,
): Promise<{ canvasElement: HTMLElement; el: Updating }> {
  const canvasElement = document.createElement('div');
  if (lang) canvasElement.lang = lang;
  document.body.append(canvasElement);
  canvases.push(canvasElement);
  render((story.render as unknown as () => TemplateResult)(), canvasElement);
  const el = canvasElement.querySelector(selector) as Updating;
  await el.updateComplete;
  if (story.play)
    await (story.play as unknown as (ctx: { canvasElement: HTMLElement }) => Promise<void>)({
      canvasElement,
    });
  await el.updateComplete;
  return { canvasElement, el };
}
