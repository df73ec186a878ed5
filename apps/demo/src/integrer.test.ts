import { describe, expect, it } from 'vitest';
import {
  type BuilderState,
  contrastFix,
  contrastReport,
  contrastSummary,
  customTokens,
  failureText,
  followingHover,
  snippetCss,
  snippetHead,
  snippetHtml,
  validate,
  widgetAttributes,
} from './integrer.js';

const base: BuilderState = {
  widget: 'passerelle-questionnaire',
  mode: 'public',
  commune: '',
  lang: '',
  kitUrl: '/passerelle/passerelle.js',
  localAidsUrl: '/donnees/aides-locales.json',
  partnersUrl: '/donnees/partenaires/manifest.json',
  communesUrl: '',
  contactUrl: '/contact.html',
  theme: 'default',
  colors: {},
};

describe('snippet builder', () => {
  it('writes one module script, the tag with only the attributes this widget takes, and a noscript link', () => {
    const html = snippetHtml({ ...base, mode: 'accompagnement', commune: '94028' });
    expect(html).toContain('<script type="module" src="/passerelle/passerelle.js"></script>');
    expect(html).toMatch(/<passerelle-questionnaire\n {2}mode="accompagnement"\n {2}commune="94028"/);
    expect(html).toContain('local-aids-src="/donnees/aides-locales.json"');
    expect(html).not.toContain(' src="/donnees/partenaires');
    expect(html).toMatch(/<noscript>[\s\S]*<a href="\/contact.html">Contactez-nous<\/a>[\s\S]*<\/noscript>/);
    const finder = snippetHtml({ ...base, widget: 'passerelle-partner-finder', mode: 'accompagnement' });
    expect(finder).not.toContain('mode=');
    expect(finder).toContain('src="/donnees/partenaires/manifest.json"');
    expect(finder).not.toContain('communes-src');
    expect(
      snippetHtml({ ...base, widget: 'passerelle-partner-finder', communesUrl: '/c/manifest.json' }),
    ).toContain('communes-src="/c/manifest.json"');
  });

  it('escapes what a webmaster types, so the snippet stays valid HTML', () => {
    const html = snippetHtml({ ...base, localAidsUrl: '/a"><script>alert(1)</script>.json' });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('sets lang, and dir=rtl for Arabic', () => {
    expect(widgetAttributes({ ...base, lang: 'ar' })).toEqual(
      expect.arrayContaining([
        ['lang', 'ar'],
        ['dir', 'rtl'],
      ]),
    );
    expect(widgetAttributes({ ...base, lang: 'en' }).some(([k]) => k === 'dir')).toBe(false);
  });

  it('leaves out a commune code that is not valid', () => {
    expect(widgetAttributes({ ...base, commune: '9402' }).some(([k]) => k === 'commune')).toBe(false);
    expect(widgetAttributes({ ...base, commune: '2a004' })).toContainEqual(['commune', '2A004']);
  });

  it('explains how to fix each bad field', () => {
    expect(validate('commune', '94')).toMatch(/5 caractères/);
    expect(validate('commune', '')).toBe('');
    expect(validate('kitUrl', '')).toMatch(/passerelle\.js/);
    expect(validate('kitUrl', 'http://cdn.example/passerelle.js')).toMatch(/https/);
    expect(validate('kitUrl', 'https://cdn.example/passerelle.css')).toMatch(/finir par passerelle\.js/);
    expect(validate('dataUrl', 'javascript:alert(1)')).toMatch(/pas autorisée/);
    expect(validate('dataUrl', 'donnees/x.json')).toMatch(/Commencez/);
    expect(validate('dataUrl', '')).toBe('');
    expect(validate('contactUrl', 'mailto:ccas@example.fr')).toBe('');
    expect(validate('color', 'bleu')).toMatch(/#0b6e69/);
    expect(validate('color', '#123')).toBe('');
  });

  it('gives CSS only for the tokens that differ from the defaults', () => {
    expect(snippetCss(base)).toBe('');
    const css = snippetCss({ ...base, colors: { 'color-action': '#134a6e', 'color-text': '#1d2433' } });
    expect(css).toContain('passerelle-questionnaire {');
    expect(css).toContain('--passerelle-color-action: #134a6e;');
    expect(css).not.toContain('color-text');
    const dark = customTokens({ ...base, theme: 'sombre' });
    expect(dark['color-background']).toBe('#14181f');
  });

  it('checks contrast live with the tokens package and names the failing pairs', () => {
    expect(contrastReport(base).ok).toBe(true);
    expect(contrastSummary(contrastReport(base))).toMatch(/assez contrastées \(\d+ combinaisons/);
    const bad = contrastReport({ ...base, colors: { 'color-action': '#7fd3cc' } });
    expect(bad.ok).toBe(false);
    expect(contrastSummary(bad)).toMatch(/pas assez contrastée/);
    const text = bad.failures.map(failureText);
    expect(text.some((t) => t.includes('#ffffff sur #7fd3cc') && /il faut au moins 4,5:1/.test(t))).toBe(
      true,
    );
    expect(contrastSummary(contrastReport({ ...base, colors: { 'color-text': 'gris' } }))).toMatch(
      /pas lisible/,
    );
  });

  it('proposes, for each failing pair, the nearest colour that passes, on the colour the webmaster changed', () => {
    const pale = { ...base, colors: { 'color-action': '#7fd1cc' } };
    const report = contrastReport(pale);
    expect(report.ok).toBe(false);
    for (const f of report.failures) {
      const fix = contrastFix(pale, f);
      expect(fix.token).toBe('color-action');
      expect(fix.text).toContain('Boutons et liens');
      const fixed = { ...pale, colors: { ...pale.colors, [fix.token]: fix.value } };
      expect(contrastReport(fixed).failures.some((g) => g.usage === f.usage)).toBe(false);
    }
    // A changed background is moved when only it was changed.
    const grey = { ...base, colors: { 'color-background': '#777777' } };
    const f = contrastReport(grey).failures.find((x) => x.usage === 'texte courant');
    expect(f && contrastFix(grey, f).token).toBe('color-background');
  });

  it('makes the hover colour follow the action colour until it is set by hand', () => {
    const purple = { ...base, colors: { 'color-action': '#6b2c91' } };
    const hover = followingHover(purple, false);
    expect(hover).toMatch(/^#[0-9a-f]{6}$/);
    expect(hover).not.toBe('#085550');
    expect(
      contrastReport({ ...purple, colors: { ...purple.colors, 'color-action-hover': hover ?? '' } }).ok,
    ).toBe(true);
    expect(followingHover(purple, true)).toBeNull();
    expect(followingHover({ ...base, colors: { 'color-action': 'violet' } }, false)).toBeNull();
  });
});

describe('head preload', () => {
  it('gives nothing unless asked', () => {
    expect(snippetHead(base)).toBe('');
  });

  it('preloads the loader and the widget entry beside it, whatever the kit address', () => {
    expect(snippetHead({ ...base, preload: true })).toBe(
      '<link rel="modulepreload" href="/passerelle/passerelle.js" />\n<link rel="modulepreload" href="/passerelle/questionnaire.js" />\n',
    );
    const cdn = snippetHead({
      ...base,
      preload: true,
      widget: 'passerelle-partner-finder',
      kitUrl: 'https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/passerelle.js?v=2',
    });
    expect(cdn).toContain(
      'href="https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/partner-finder.js"',
    );
    expect(
      snippetHead({ ...base, preload: true, widget: 'passerelle-falc', kitUrl: './kit/passerelle.js' }),
    ).toContain('href="./kit/falc.js"');
  });
});
