import type { ViteUserConfig } from 'vitest/config';
export interface PasserelleVitestOptions {
  /** Run `*.browser.test.ts` files in Chromium. */
  browser?: boolean;
  /** Extra Vite config merged at the top level (plugins, define…). */
  vite?: ViteUserConfig;
}
export declare function passerelleVitest(options?: PasserelleVitestOptions): ViteUserConfig;
/** Hang-only timeouts shared by every vitest run, Storybook's story run included. */
export declare const hangTimeouts: { testTimeout: number; hookTimeout: number };
/** For `vi.waitFor` and polling assertions: long enough for a loaded machine, short of a hang. */
export declare const pollTimeout: number;
/** How long vitest waits for Chromium to connect (a loaded machine is slow to start it). */
export declare const browserConnectTimeout: number;
type BrowserOptions = NonNullable<NonNullable<ViteUserConfig['test']>['browser']>;
/** Vitest's browser options for Debian's Chromium, headless; a new object each call (vitest mutates it). */
export declare function chromiumBrowser(extra?: Partial<BrowserOptions>): BrowserOptions;
