// @ts-check
/// <reference lib="webworker" />
// Passerelle offline worker, for a mediator page used where the network comes and goes ("aller vers").
// The host copies this file next to its mediator page; passerelle-offline.js (in the kit folder)
// registers it and tells it what the page needs: the kit's files, the page and its assets, the data
// files the widgets are configured with (local aids, partner index and its shards, communes).
// Strategy: network first, so a page online always gets the host's latest files; the cache answers only
// when the network fails. Only GET requests to the page's own origin are handled; nothing is sent anywhere.
/** @type {ServiceWorkerGlobalScope} */
const sw = /** @type {any} */ (self);
const CACHE = 'passerelle-hors-ligne-v1';

sw.addEventListener('install', () => sw.skipWaiting());
sw.addEventListener('activate', (/** @type {ExtendableEvent} */ event) =>
  event.waitUntil(sw.clients.claim()),
);

/** @param {string} url */
const sameOrigin = (url) => new URL(url, sw.location.href).origin === sw.location.origin;

/** @param {Request | string} request */
async function fetchAndKeep(request) {
  const response = await fetch(request, { cache: 'no-cache' });
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

/** Files a JSON data file points to: a partner index's shards and communes, a communes manifest's files. */
function linkedFiles(/** @type {any} */ data) {
  if (data?.format === 'passerelle-partners-index')
    return [
      ...(data.shards ?? []).map((/** @type {{file: string}} */ s) => s.file),
      data.communes ?? 'communes/manifest.json',
    ];
  if (data?.format === 'passerelle-communes')
    return [...new Set([...Object.values(data.byDepartement ?? {}), ...Object.values(data.byLetter ?? {})])];
  if (data?.name === '@passerelle/embed' && Array.isArray(data.files))
    return data.files.map((/** @type {{fileName: string}} */ f) => f.fileName);
  return [];
}

/** Caches a URL and, for the kit manifest and data manifests, the files they list. */
async function keep(/** @type {string} */ url, /** @type {Set<string>} */ seen) {
  if (seen.has(url) || !sameOrigin(url)) return;
  seen.add(url);
  const response = await fetchAndKeep(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  if (!/json/.test(response.headers.get('content-type') ?? '') && !url.endsWith('.json')) return;
  const linked = linkedFiles(await response.json().catch(() => null));
  await Promise.all(linked.map((/** @type {string} */ f) => keep(new URL(f, url).href, seen)));
}

sw.addEventListener('message', (/** @type {ExtendableMessageEvent} */ event) => {
  const data = event.data;
  if (data?.type !== 'passerelle-offline' || !Array.isArray(data.urls)) return;
  const port = event.ports[0];
  const seen = new Set();
  event.waitUntil(
    Promise.allSettled(
      data.urls.map((/** @type {string} */ u) => keep(new URL(u, sw.location.href).href, seen)),
    ).then((results) => {
      const failed = results.filter((r) => r.status === 'rejected').length;
      port?.postMessage({ type: 'passerelle-offline', kept: seen.size - failed, failed });
    }),
  );
});

sw.addEventListener('fetch', (/** @type {FetchEvent} */ event) => {
  const request = event.request;
  if (request.method !== 'GET' || !sameOrigin(request.url)) return;
  event.respondWith(
    fetchAndKeep(request).catch(async () => {
      const cache = await caches.open(CACHE);
      const hit =
        (await cache.match(request)) ??
        // A page asked with another hash or from the address bar: the same document.
        (request.mode === 'navigate'
          ? await cache.match(request.url.split('#')[0], { ignoreSearch: true })
          : undefined);
      return hit ?? Response.error();
    }),
  );
});
