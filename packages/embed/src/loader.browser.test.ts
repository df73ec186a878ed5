import { afterEach, describe, expect, it, vi } from 'vitest';
import { type PasserelleGlobal, startLoader } from './loader.js';
import { departementOfCode, WIDGETS, type WidgetInfo } from './widgets.js';

// Custom element names cannot be unregistered: every test uses its own tags.
let n = 0;
function fixture() {
  n += 1;
  const widgets: WidgetInfo[] = [
    { tag: `passerelle-t${n}-quiz`, chunk: 'quiz', define: 'x', label: 'Quiz' },
    { tag: `passerelle-t${n}-finder`, chunk: 'finder', define: 'y', label: 'Finder' },
    { tag: `passerelle-t${n}-falc`, chunk: 'falc', define: 'z', label: 'FALC' },
  ];
  const imported: string[] = [];
  // Stands for import(): defines the tag whose chunk name ends the URL, like a real chunk would.
  const importModule = vi.fn(async (url: string) => {
    imported.push(url);
    const chunk = url.slice(url.lastIndexOf('/') + 1, -'.js'.length);
    const widget = widgets.find((w) => w.chunk === chunk);
    if (widget && !customElements.get(widget.tag))
      customElements.define(widget.tag, class extends HTMLElement {});
  });
  const host: { Passerelle?: PasserelleGlobal } = {};
  const container = document.createElement('div');
  document.body.append(container);
  const tags = { quiz: widgets[0]!.tag, finder: widgets[1]!.tag, falc: widgets[2]!.tag };
  return { widgets, imported, importModule, host, container, tags };
}
const base = 'https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/passerelle.js';
const settle = () => new Promise((r) => setTimeout(r, 20));

afterEach(async () => {
  await settle(); // lets each loader's deferred tag check run on its own test's page
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('loader', () => {
  it('imports only the widgets present, relative to its own URL, once per tag', async () => {
    const f = fixture();
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}><${f.tags.quiz}></${f.tags.quiz}>`;
    const api = startLoader({ version: '1.2.0', chunks: ['quiz', 'finder', 'falc'], base, ...f });
    await api.load(f.tags.quiz);
    expect(f.imported).toEqual(['https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/quiz.js']);
    expect(customElements.get(f.tags.quiz)).toBeDefined();
    expect(customElements.get(f.tags.finder)).toBeUndefined();
  });

  it('preloads the shared chunks of a widget next to it, once each', async () => {
    const f = fixture();
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}><${f.tags.finder}></${f.tags.finder}>`;
    const deps = { quiz: ['chunks/lit-1.js', 'chunks/rules-2.js'], finder: ['chunks/lit-1.js'] };
    const api = startLoader({ version: '1', chunks: ['quiz', 'finder'], deps, base, ...f });
    await api.load(f.tags.quiz);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
      (l) => l.href,
    );
    expect(links.filter((h) => h.startsWith('https://cdn.example.org/'))).toEqual([
      'https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/chunks/lit-1.js',
      'https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/chunks/rules-2.js',
    ]);
    for (const l of document.head.querySelectorAll('link[rel=modulepreload]')) l.remove();
  });

  it('requests the host files and the lazy code a tag needs as soon as it sees the tag, with the code', async () => {
    const f = fixture();
    const real = (chunk: string) => WIDGETS.find((w) => w.chunk === chunk) as WidgetInfo;
    const widgets = f.widgets.map((w, i) => ({
      ...real(['questionnaire', 'partner-finder', 'falc'][i] as string),
      tag: w.tag,
      chunk: w.chunk,
    }));
    f.container.innerHTML = `
      <${f.tags.quiz} lang="fr" commune="94028" local-aids-src="/data/aides.json" communes-src="/data/communes/manifest.json"></${f.tags.quiz}>
      <${f.tags.finder} src="/data/lieux/manifest.json" commune="2A004" lang="en"></${f.tags.finder}>
      <${f.tags.falc} right="rsa"></${f.tags.falc}>`;
    const requested: string[] = [];
    const lazy = {
      quiz: {
        engine: ['chunks/engine-5.js'],
        'local-aids': ['chunks/local-aids-1.js'],
        'lang:en': ['chunks/quiz-en.js'],
      },
      finder: { 'lang:en': ['chunks/finder-en.js'] },
      falc: { 'right:rsa': ['chunks/rsa-3.js'], 'right:aah': ['chunks/aah-4.js'] },
    };
    // Each head change that adds preload links: the lazy files of one tag go in together.
    const changes: string[][] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) {
        const names = [...r.addedNodes]
          .filter((n): n is HTMLLinkElement => n instanceof HTMLLinkElement && n.rel === 'modulepreload')
          .map((l) => l.href.slice(l.href.lastIndexOf('/') + 1));
        if (names.length > 0) changes.push(names);
      }
    });
    watch.observe(document.head, { childList: true });
    startLoader({
      version: '1',
      chunks: ['quiz', 'finder', 'falc'],
      base,
      lazy,
      ...f,
      widgets,
      prefetchFile: (url) => requested.push(new URL(url, document.baseURI).href),
    });
    const here = (path: string) => new URL(path, document.baseURI).href;
    expect(requested).toEqual([
      here('/data/aides.json'),
      here('/data/communes/manifest.json'),
      here('/data/communes/dep-94.json'),
      here('/data/lieux/manifest.json'),
      here('/data/lieux/2A.json'),
      here('/data/lieux/national.json'),
      here('/data/lieux/communes/manifest.json'),
      here('/data/lieux/communes/dep-2A.json'),
    ]);
    // Same moment as the code: the widgets' files were asked for in the same pass.
    expect(f.imported).toHaveLength(3);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) =>
      l.href.slice(l.href.lastIndexOf('/') + 1),
    );
    expect(links).toEqual(expect.arrayContaining(['local-aids-1.js', 'finder-en.js', 'rsa-3.js']));
    expect(links).not.toContain('quiz-en.js');
    expect(links).not.toContain('aah-4.js');
    // Code for after the first screen asks with a low priority, so the first screen's files come first.
    const low = (name: string) =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')]
        .find((l) => l.href.endsWith(`/${name}`))
        ?.getAttribute('fetchpriority');
    expect(low('local-aids-1.js')).toBe('low');
    expect(low('rsa-3.js')).toBe('low');
    await Promise.resolve();
    watch.disconnect();
    expect(changes.filter((c) => c.includes('engine-5.js'))).toEqual([['engine-5.js', 'local-aids-1.js']]);
    for (const l of document.head.querySelectorAll('link[rel=modulepreload]')) l.remove();
  });

  it('reads the département of a commune code, Corsica and overseas included', () => {
    expect(departementOfCode('94028')).toBe('94');
    expect(departementOfCode('2a004')).toBe('2A');
    expect(departementOfCode('97411')).toBe('974');
    expect(departementOfCode('94 000')).toBeUndefined();
    expect(departementOfCode(null)).toBeUndefined();
  });

  it('works from a folder of the host site too', async () => {
    const f = fixture();
    f.container.innerHTML = `<${f.tags.falc}></${f.tags.falc}>`;
    const api = startLoader({
      version: '1',
      chunks: ['falc'],
      base: `${location.origin}/assets/kit/passerelle.js`,
      ...f,
    });
    await api.load(f.tags.falc);
    expect(f.imported).toEqual([`${location.origin}/assets/kit/falc.js`]);
  });

  it('loads a widget added later, even deep inside an inserted subtree', async () => {
    const f = fixture();
    startLoader({ version: '1', chunks: ['quiz', 'finder', 'falc'], base, ...f });
    await settle();
    expect(f.imported).toEqual([]);
    const section = document.createElement('section');
    section.innerHTML = `<div><p><${f.tags.finder}></${f.tags.finder}></p></div>`;
    f.container.append(section);
    await settle();
    expect(f.imported).toEqual(['https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/finder.js']);
    expect(customElements.get(f.tags.finder)).toBeDefined();
  });

  it('downloads a widget below the fold at once, and runs it when it comes near the screen', async () => {
    const f = fixture();
    const spacer = document.createElement('div');
    spacer.style.height = `${3 * innerHeight}px`;
    f.container.append(spacer);
    const finder = document.createElement(f.tags.finder);
    f.container.append(finder);
    f.container.insertAdjacentHTML('afterbegin', `<${f.tags.quiz}></${f.tags.quiz}>`);
    const deps = { finder: ['chunks/search-3.js'] };
    const idle: Array<() => void> = [];
    startLoader({
      version: '1',
      chunks: ['quiz', 'finder'],
      deps,
      base,
      whenIdle: (run) => idle.push(run),
      ...f,
    });
    await settle();
    // The bilan in view runs; the finder's files are on their way (same wave), its code waits.
    expect(f.imported).toEqual(['https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/quiz.js']);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
      (l) => l.href,
    );
    expect(links).toContain('https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/finder.js');
    expect(links).toContain('https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/chunks/search-3.js');
    expect(idle).toHaveLength(1);
    finder.scrollIntoView();
    await vi.waitFor(() => expect(customElements.get(f.tags.finder)).toBeDefined(), { timeout: 30_000 });
    expect(f.imported).toHaveLength(2);
    idle[0]?.(); // the idle turn afterwards does nothing more
    await settle();
    expect(f.imported).toHaveLength(2);
    for (const l of document.head.querySelectorAll('link[rel=modulepreload]')) l.remove();
    scrollTo(0, 0);
  });

  it('runs a widget below the fold when the page is idle, even if nobody scrolls', async () => {
    const f = fixture();
    const spacer = document.createElement('div');
    spacer.style.height = `${3 * innerHeight}px`;
    f.container.append(spacer, document.createElement(f.tags.falc));
    startLoader({ version: '1', chunks: ['falc'], base, ...f });
    await vi.waitFor(() => expect(customElements.get(f.tags.falc)).toBeDefined(), { timeout: 30_000 });
    for (const l of document.head.querySelectorAll('link[rel=modulepreload]')) l.remove();
  });

  it('exposes its version and tags on window.Passerelle', () => {
    const f = fixture();
    const api = startLoader({ version: '3.4.5', chunks: ['quiz', 'falc'], base, ...f });
    expect(f.host.Passerelle).toBe(api);
    expect(api.version).toBe('3.4.5');
    expect(api.tags).toEqual([f.tags.quiz, f.tags.falc]);
  });

  it('a second copy of the same version is silent and does nothing', async () => {
    const f = fixture();
    const warn = vi.spyOn(console, 'warn');
    const first = startLoader({ version: '2.0.0', chunks: ['quiz'], base, ...f });
    const second = startLoader({
      version: '2.0.0',
      chunks: ['quiz'],
      base: 'https://other.example/p.js',
      ...f,
    });
    expect(second).toBe(first);
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}>`;
    await settle();
    expect(f.imported).toHaveLength(1);
    expect(warn).not.toHaveBeenCalled();
  });

  it('a second copy of another version warns once, naming both, and only takes tags the first lacks', async () => {
    const f = fixture();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    startLoader({ version: '1.0.0', chunks: ['quiz'], base: 'https://a.example/old/passerelle.js', ...f });
    const second = startLoader({ version: '2.0.0', chunks: ['quiz', 'finder'], base, ...f });
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}><${f.tags.finder}></${f.tags.finder}>`;
    await settle();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/2\.0\.0.*1\.0\.0/);
    expect(f.imported.sort()).toEqual([
      'https://a.example/old/quiz.js',
      'https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/finder.js',
    ]);
    // The page keeps one owner version, and both widgets are defined.
    expect(second.version).toBe('1.0.0');
    expect(second.tags).toEqual([f.tags.quiz, f.tags.finder]);
    await expect(second.load(f.tags.quiz)).resolves.toBeUndefined();
  });

  it('reports a chunk that fails to load, with the URL, and retries on the next tag', async () => {
    const f = fixture();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: CustomEvent[] = [];
    document.addEventListener('passerelle-load-error', (e) => events.push(e as CustomEvent), { once: true });
    f.importModule.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    startLoader({ version: '1', chunks: ['quiz'], base, ...f });
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}>`;
    await settle();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain(
      'https://cdn.example.org/npm/@passerelle/embed@1.2.0/dist/quiz.js',
    );
    expect(events[0]?.detail.tag).toBe(f.tags.quiz);
    expect(customElements.get(f.tags.quiz)).toBeUndefined();
    f.container.append(document.createElement(f.tags.quiz));
    await settle();
    expect(customElements.get(f.tags.quiz)).toBeDefined();
  });

  it('says so when a chunk loads but does not define its tag', async () => {
    const f = fixture();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    f.importModule.mockResolvedValueOnce(undefined);
    const api = startLoader({ version: '1', chunks: ['quiz'], base, ...f });
    await expect(api.load(f.tags.quiz)).rejects.toThrow(/ne définit pas/);
    expect(error).not.toHaveBeenCalled();
  });

  it('warns about a mistyped tag and about a widget missing from this build', async () => {
    const f = fixture();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.container.innerHTML = `<passerelle-questionaire-${n}></passerelle-questionaire-${n}><${f.tags.falc}></${f.tags.falc}>`;
    const api = startLoader({ version: '1.1.0', chunks: ['quiz'], base, ...f });
    await settle();
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain(`<passerelle-questionaire-${n}> n'existe pas`);
    expect(messages[0]).toContain(`<${f.tags.quiz}>`);
    expect(messages[1]).toContain(`<${f.tags.falc}> n'est pas inclus dans la version 1.1.0`);
    await expect(api.load(f.tags.falc)).rejects.toThrow(/pas inclus/);
    expect(f.imported).toEqual([]);
  });

  it('does not warn about a tag that a copy loaded just after provides, and warns once per problem', async () => {
    const f = fixture();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}><${f.tags.finder}></${f.tags.finder}><${f.tags.falc}></${f.tags.falc}>`;
    startLoader({ version: '1.0.0', chunks: ['quiz'], base: 'https://a.example/old/passerelle.js', ...f });
    startLoader({ version: '2.0.0', chunks: ['quiz', 'finder'], base, ...f });
    await settle();
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/2\.0\.0 : la version 1\.0\.0 est déjà chargée/);
    expect(messages[1]).toContain(`<${f.tags.falc}> n'est pas inclus`);
    expect(customElements.get(f.tags.finder)).toBeDefined();
  });

  it('stops watching the page once every widget it owns is defined', async () => {
    const f = fixture();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    f.container.innerHTML = `<${f.tags.quiz}></${f.tags.quiz}>`;
    const api = startLoader({ version: '1', chunks: ['quiz'], base, ...f });
    await api.load(f.tags.quiz);
    expect(disconnect).toHaveBeenCalled();
  });
});
