import { describe, expect, it } from 'vitest';
import { runCli } from './cli-main.js';
import {
  CONTRAST_PAIRS,
  checkTheme,
  contrastRatio,
  hoverShade,
  mix,
  nearestPassing,
  parseColor,
  parseThemeInput,
  relativeLuminance,
  resolveTheme,
  THEME_NAMES,
  ThemeInputError,
  themeCssFiles,
  themeStyleText,
  themes,
  toHex,
  tokensToCss,
} from './index.js';

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('rgb(118, 118, 118)', '#fff')).toBeCloseTo(4.54, 2);
  });
  it('is symmetric', () => {
    expect(contrastRatio('#0b6e69', '#eef4f3')).toBe(contrastRatio('#eef4f3', '#0b6e69'));
  });
  it('rejects unreadable colours with an actionable message', () => {
    expect(parseColor('purple')).toBeNull();
    expect(parseColor('rgb(300, 0, 0)')).toBeNull();
    expect(() => contrastRatio('purple', '#fff')).toThrow(/hexadécimal/);
  });
});

describe('nearestPassing and hoverShade', () => {
  it('returns the colour itself when it passes, else the least changed colour that passes', () => {
    expect(nearestPassing('#0b6e69', '#ffffff', 4.5)).toBe('#0b6e69');
    const fixed = nearestPassing('#7fd1cc', '#ffffff', 4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Only a little darker than needed: a 5 % smaller change would fail.
    const rgb = parseColor(fixed);
    const lighter = rgb && toHex(mix(rgb, '#7fd1cc', 0.1));
    expect(lighter && contrastRatio(lighter, '#ffffff')).toBeLessThan(4.6);
    // On a dark background it lightens.
    const onDark = nearestPassing('#335577', '#14181f', 4.5);
    expect(contrastRatio(onDark, '#14181f')).toBeGreaterThanOrEqual(4.5);
    expect(relativeLuminance(parseColor(onDark) ?? { r: 0, g: 0, b: 0 })).toBeGreaterThan(
      relativeLuminance({ r: 0x33, g: 0x55, b: 0x77 }),
    );
  });
  it('shades a hover darker on a light page and lighter on a dark one', () => {
    const light = hoverShade('#6b2c91', '#ffffff');
    const dark = hoverShade('#6fd3c9', '#14181f');
    const lum = (c: string) => relativeLuminance(parseColor(c) ?? { r: 0, g: 0, b: 0 });
    expect(lum(light)).toBeLessThan(lum('#6b2c91'));
    expect(lum(dark)).toBeGreaterThan(lum('#6fd3c9'));
  });
});

describe('shipped themes', () => {
  it('are the four announced', () => {
    expect([...THEME_NAMES]).toEqual(['default', 'contraste-eleve', 'sombre', 'association']);
  });
  for (const name of THEME_NAMES) {
    it(`${name} meets 4.5:1 for text and 3:1 for UI parts and focus`, () => {
      const values = resolveTheme(name);
      for (const pair of CONTRAST_PAIRS) {
        const ratio = contrastRatio(values[pair.foreground], values[pair.background]);
        expect(ratio, `${pair.foreground} on ${pair.background}`).toBeGreaterThanOrEqual(
          pair.kind === 'text' ? 4.5 : 3,
        );
      }
      expect(checkTheme(name)).toMatchObject({ ok: true, failures: [], invalid: [] });
    });
  }
  it('are small override sets, not copies of the defaults', () => {
    for (const name of THEME_NAMES) expect(Object.keys(themes[name].overrides).length).toBeLessThan(25);
  });
  it('are not the French State look (no DSFR blue France #000091)', () => {
    for (const name of THEME_NAMES)
      expect(Object.values(resolveTheme(name)).map((v) => v.toLowerCase())).not.toContain('#000091');
  });
});

describe('checkTheme on a custom theme', () => {
  it('reports the failing pairs with ratio, requirement and gap', () => {
    const result = checkTheme({
      name: 'pale',
      label: 'Pâle',
      overrides: { 'color-action': '#7fb8b4', 'color-focus': '#f0f0f0' },
    });
    expect(result.ok).toBe(false);
    const button = result.failures.find(
      (f) => f.foreground === 'color-on-action' && f.background === 'color-action',
    );
    expect(button).toBeDefined();
    expect(button!.required).toBe(4.5);
    expect(button!.ratio).toBeCloseTo(contrastRatio('#ffffff', '#7fb8b4'), 1);
    expect(button!.ratio).toBeLessThan(4.5);
    expect(button!.missing).toBeCloseTo(4.5 - button!.ratio, 1);
    const focus = result.failures.find((f) => f.foreground === 'color-focus');
    expect(focus?.required).toBe(3);
  });
  it('lists unreadable colours instead of crashing', () => {
    const result = checkTheme({ name: 'x', label: 'x', overrides: { 'color-text': 'bleu' } });
    expect(result.ok).toBe(false);
    expect(result.invalid).toEqual([expect.objectContaining({ token: 'color-text', value: 'bleu' })]);
  });
});

describe('CSS output', () => {
  it('themeStyleText gives one rule with every token', () => {
    const css = themeStyleText('sombre', ':root');
    expect(css.startsWith(':root {')).toBe(true);
    expect(css).toContain('--passerelle-color-background: #14181f;');
    expect(css).toContain('--passerelle-font-size-sm: 0.875em;');
    expect(css.match(/\{/g)).toHaveLength(1);
  });
  it('falls back to the default theme for an unknown name', () => {
    expect(themeStyleText('nope', '.x')).toBe(themeStyleText('default', '.x'));
  });
  it('uses em, never rem, for sizes', () => {
    expect(themeStyleText('default', ':root')).not.toMatch(/\drem/);
  });
  it('does not let a value break out of the rule', () => {
    expect(tokensToCss({ 'color-text': 'red;} body{display:none' })).not.toMatch(/}\s*body\s*{/);
  });
  it('writes one layered file per theme', () => {
    const files = themeCssFiles();
    expect(Object.keys(files).sort()).toEqual(
      ['tokens.css', ...THEME_NAMES.map((n) => `theme-${n}.css`)].sort(),
    );
    for (const css of Object.values(files)) {
      expect(css).toMatch(/^\/\*.*\*\/\n@layer passerelle \{/);
      expect(css).toContain('prefers-reduced-motion');
    }
  });
});

describe('parseThemeInput', () => {
  it('accepts nested and flat forms, with or without the prefix', () => {
    expect(
      parseThemeInput({ name: 'asso', extends: 'sombre', tokens: { '--passerelle-color-action': '#fff' } }),
    ).toEqual({ name: 'asso', label: 'asso', extends: 'sombre', overrides: { 'color-action': '#fff' } });
    expect(parseThemeInput({ 'color-text': '#111' }, 'flat').overrides).toEqual({ 'color-text': '#111' });
  });
  it('lists every problem at once', () => {
    try {
      parseThemeInput({ extends: 'bleu', tokens: { 'couleur-action': '#fff', 'color-text': 3 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ThemeInputError);
      expect((e as ThemeInputError).problems).toHaveLength(3);
      expect((e as Error).message).toMatch(/couleur-action/);
    }
  });
});

describe('passerelle-tokens check', () => {
  const run = (files: Record<string, string>, args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(args, {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      readFile: (p) => {
        if (!(p in files)) throw new Error('ENOENT');
        return files[p] as string;
      },
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  it('exits 0 on a good theme', () => {
    const r = run({ 'ok.json': JSON.stringify({ tokens: { 'color-action': '#6b2c91' } }) }, [
      'check',
      'ok.json',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/respectent/);
  });
  it('prints failing pairs and by how much, exits 1', () => {
    const r = run({ 'pale.json': JSON.stringify({ tokens: { 'color-action': '#8fd3cc' } }) }, [
      'check',
      'pale.json',
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /color-on-action \(#ffffff\) sur color-action \(#8fd3cc\).*il faut 4,50:1 \(manque \d,\d\d\)/,
    );
  });
  it('explains bad JSON, missing files and usage', () => {
    expect(run({ 'b.json': '{ tokens: ' }, ['check', 'b.json'])).toMatchObject({
      code: 1,
      err: /JSON valide/,
    });
    expect(run({}, ['check', 'none.json'])).toMatchObject({ code: 1, err: /Impossible de lire/ });
    expect(run({}, [])).toMatchObject({ code: 2, err: /Usage/ });
  });
});
