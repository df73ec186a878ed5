// The offline worker run in Node with a fake worker scope: what it keeps when the page asks, and how it
// answers when the network fails. The real thing is tested in Chromium with the network cut
// (apps/demo/e2e/mediation-offline.spec.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

const source = readFileSync(join(import.meta.dirname, 'passerelle-sw.js'), 'utf8');
const ORIGIN = 'https://commune.test';

type Handler = (event: Record<string, unknown>) => void;

function worker(files: Record<string, unknown>) {
  let online = true;
  const requested: string[] = [];
  const handlers: Record<string, Handler> = {};
  const stored = new Map<string, Response>();
  const cache = {
    put: async (req: Request | string, res: Response) =>
      void stored.set(typeof req === 'string' ? req : req.url, res),
    match: async (req: Request | string) => stored.get(typeof req === 'string' ? req : req.url)?.clone(),
  };
  const fetch = async (req: Request | string) => {
    const url = typeof req === 'string' ? req : req.url;
    requested.push(url);
    if (!online) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname;
    const body = files[path];
    const res =
      body === undefined
        ? new Response('Page introuvable', { status: 404 })
        : new Response(typeof body === 'string' ? body : JSON.stringify(body), {
            headers: { 'content-type': typeof body === 'string' ? 'text/html' : 'application/json' },
          });
    Object.defineProperty(res, 'type', { value: 'basic' });
    return res;
  };
  const self = {
    location: new URL(`${ORIGIN}/passerelle-sw.js`),
    addEventListener: (type: string, fn: Handler) => {
      handlers[type] = fn;
    },
    skipWaiting: () => Promise.resolve(),
    clients: { claim: () => Promise.resolve() },
  };
  runInNewContext(source, { self, caches: { open: async () => cache }, fetch, Response, URL, console });
  return {
    stored,
    requested,
    setOnline: (v: boolean) => {
      online = v;
    },
    async message(urls: string[]) {
      let done: Promise<unknown> = Promise.resolve();
      let reply: unknown;
      handlers.message?.({
        data: { type: 'passerelle-offline', urls },
        ports: [{ postMessage: (m: unknown) => (reply = m) }],
        waitUntil: (p: Promise<unknown>) => {
          done = p;
        },
      });
      await done;
      return reply;
    },
    async request(url: string, init: RequestInit & { mode?: string } = {}) {
      let answer: Promise<Response> | undefined;
      const { mode, ...rest } = init;
      const request = new Request(url, rest as RequestInit);
      // Node refuses to build a navigation request: give the worker one that says so.
      if (mode === 'navigate') Object.defineProperty(request, 'mode', { value: 'navigate' });
      handlers.fetch?.({
        request,
        respondWith: (p: Promise<Response>) => {
          answer = p;
        },
      });
      return answer;
    },
  };
}

const FILES = {
  '/mediation.html': '<h1>Espace médiateurs</h1>',
  '/passerelle/passerelle-manifest.json': {
    name: '@passerelle/embed',
    files: [{ fileName: 'passerelle.js' }, { fileName: 'questionnaire.js' }, { fileName: 'chunks/lit-1.js' }],
  },
  '/passerelle/passerelle.js': 'loader',
  '/passerelle/questionnaire.js': 'q',
  '/passerelle/chunks/lit-1.js': 'lit',
  '/donnees/aides-locales.json': { format: 'passerelle-local-aids', aids: [] },
  '/donnees/partenaires/manifest.json': {
    format: 'passerelle-partners-index',
    shards: [
      { key: '94', file: '94.json' },
      { key: 'national', file: 'national.json' },
    ],
    communes: 'communes/manifest.json',
  },
  '/donnees/partenaires/94.json': { format: 'passerelle-partners-shard', places: [] },
  '/donnees/partenaires/national.json': { format: 'passerelle-partners-shard', places: [] },
  '/donnees/partenaires/communes/manifest.json': {
    format: 'passerelle-communes',
    byDepartement: { '94': 'dep-94.json' },
    byLetter: { c: 'nom-c.json', b: 'dep-94.json' },
  },
  '/donnees/partenaires/communes/dep-94.json': { rows: [] },
  '/donnees/partenaires/communes/nom-c.json': { rows: [] },
};

describe('offline worker', () => {
  it('keeps the page, the kit and every data file the configured files point to', async () => {
    const w = worker(FILES);
    const reply = await w.message([
      `${ORIGIN}/mediation.html`,
      `${ORIGIN}/passerelle/passerelle-manifest.json`,
      `${ORIGIN}/donnees/aides-locales.json`,
      `${ORIGIN}/donnees/partenaires/manifest.json`,
      'https://elsewhere.test/tracker.js',
    ]);
    expect([...w.stored.keys()].map((u) => new URL(u).pathname).sort()).toEqual(Object.keys(FILES).sort());
    expect(reply).toEqual({ type: 'passerelle-offline', kept: Object.keys(FILES).length, failed: 0 });
    // Another origin is neither kept nor requested.
    expect(w.requested.some((u) => u.includes('elsewhere'))).toBe(false);
  });

  it('reports what it could not keep', async () => {
    const w = worker(FILES);
    const reply = (await w.message([`${ORIGIN}/mediation.html`, `${ORIGIN}/absent.json`])) as {
      failed: number;
    };
    expect(reply.failed).toBe(1);
  });

  it('takes the network first, and the copy only when the network fails', async () => {
    const w = worker(FILES);
    await w.message([`${ORIGIN}/mediation.html`]);
    expect(await (await w.request(`${ORIGIN}/passerelle/passerelle.js`))?.text()).toBe('loader');
    w.setOnline(false);
    expect(await (await w.request(`${ORIGIN}/passerelle/passerelle.js`))?.text()).toBe('loader');
    expect(await (await w.request(`${ORIGIN}/mediation.html#bilan`, { mode: 'navigate' }))?.text()).toContain(
      'Espace médiateurs',
    );
    const missing = await w.request(`${ORIGIN}/version.json`);
    expect(missing?.type).toBe('error');
  });

  it('leaves other origins and anything but GET to the browser', async () => {
    const w = worker(FILES);
    expect(await w.request('https://elsewhere.test/x.js')).toBeUndefined();
    expect(await w.request(`${ORIGIN}/form`, { method: 'POST', body: 'x' })).toBeUndefined();
  });
});
