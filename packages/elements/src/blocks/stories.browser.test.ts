// Runs every block story the way Storybook does (render, play, then axe), with the hostile host CSS when the
// story asks for it, so that the stories stay green without starting Storybook.
import { THEME_NAMES, themeStyleText } from '@passerelle/tokens';
import { expectNoAxeViolations } from '@passerelle/testing/axe';
import type { StoryObj } from '@storybook/web-components-vite';
import { afterEach, describe, expect, it } from 'vitest';
import { playStory, removeStoryCanvases } from '../a11y/test-helpers.js';
import * as choices from './choices.stories.js';
import * as combobox from './combobox.stories.js';
import type { BlocksDemo } from './demo-host.stories.js';
import * as demoHost from './demo-host.stories.js';
import * as dialog from './dialog.stories.js';
import * as examples from './examples.stories.js';
import * as feedback from './feedback.stories.js';
import * as fields from './fields.stories.js';
import * as layout from './layout.stories.js';

const HOSTILE_CSS = `html { font-size: 62.5% !important; } body { line-height: 1 !important; }
button, input, select, textarea, label { font-family: Georgia, serif !important; font-size: 1.3rem !important;
line-height: 1 !important; border-radius: 0 !important; text-transform: uppercase !important; margin: 0 !important; }
button { background: #222 !important; color: #fff !important; padding: 0 !important; }`;

type StoryModule = Record<string, unknown> & {
  default: { title: string; excludeStories?: RegExp };
};
const modules = {
  choices: choices as unknown as StoryModule,
  combobox: combobox as unknown as StoryModule,
  demoHost: demoHost as unknown as StoryModule,
  dialog: dialog as unknown as StoryModule,
  examples: examples as unknown as StoryModule,
  feedback: feedback as unknown as StoryModule,
  fields: fields as unknown as StoryModule,
  layout: layout as unknown as StoryModule,
};

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  removeStoryCanvases();
});
function addStyle(css: string) {
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  cleanups.push(() => el.remove());
}

const entries = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([key]) => key !== 'default' && !mod.default.excludeStories?.test(key))
    .map(([key, story]) => ({ file, title: mod.default.title, key, story: story as StoryObj })),
);

describe('block stories', () => {
  it('cover every family in every state, plus the themes overview', () => {
    const titles = new Set(entries.map((e) => e.title));
    expect([...titles].sort()).toEqual(
      [
        'Blocs/Champs',
        'Blocs/Choix',
        'Blocs/Commune',
        'Blocs/Confirmation',
        'Blocs/Messages',
        'Blocs/Structure',
        'Blocs/Thèmes',
        'Blocs/Vue d’ensemble',
      ].sort(),
    );
    for (const title of titles) {
      if (title === 'Blocs/Thèmes' || title === 'Blocs/Vue d’ensemble') continue;
      expect(
        entries
          .filter((e) => e.title === title)
          .map((e) => e.key)
          .sort(),
      ).toEqual(['Vide', 'Rempli', 'Focus', 'Erreur', 'Desactive', 'TexteLong', 'Rtl', 'HoteHostile'].sort());
    }
  });

  for (const { title, key, story } of entries) {
    for (const theme of title === 'Blocs/Thèmes' ? ['default'] : ['default', 'sombre'])
      it(`${title} / ${key} / ${theme}`, async () => {
        addStyle(themeStyleText(theme, ':root'));
        if (story.parameters?.hostile) addStyle(HOSTILE_CSS);
        const { canvasElement } = await playStory(story, 'passerelle-blocks-demo', 'fr');
        // Some stories hold several hosts (one per theme or state).
        const hosts = [...canvasElement.querySelectorAll<BlocksDemo>('passerelle-blocks-demo')];
        await Promise.all(hosts.map((h) => h.updateComplete));
        await expectNoAxeViolations(canvasElement);
      });
  }

  it('the themes overview shows the four themes', async () => {
    const mod = Object.values(modules).find((m) => m.default.title === 'Blocs/Thèmes')!;
    const { canvasElement } = await playStory(mod.Themes as StoryObj, 'passerelle-blocks-demo');
    const sections = [...canvasElement.querySelectorAll('section')];
    expect(sections.map((s) => s.className)).toEqual(THEME_NAMES.map((n) => `pa-theme-${n}`));
    const host = sections[2]!.querySelector<BlocksDemo>('passerelle-blocks-demo')!;
    await host.updateComplete;
    expect(getComputedStyle(host).backgroundColor).toBe('rgb(20, 24, 31)'); // sombre
  });
});
