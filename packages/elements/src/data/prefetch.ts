// Host files (local aids, communes, partner index) requested by the embed loader as soon as it sees a widget
// tag, so they travel in the same wave as the widget's code instead of one after another. The loader and the
// widgets are separate files, possibly of two copies of the kit: they meet in a registry on globalThis.
// Only files the host configured in attributes are ever requested here, never anything a person typed.

const KEY = Symbol.for('passerelle.prefetch');
type Registry = Map<string, Promise<Response>>;

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= new Map();
  return g[KEY];
}

const absolute = (url: string | URL): string =>
  new URL(url, typeof document === 'undefined' ? undefined : document.baseURI).href;

/** Starts fetching a host file once; later calls for the same URL do nothing. */
export function prefetch(url: string | URL): void {
  const href = absolute(url);
  const files = registry();
  if (files.has(href)) return;
  const request = fetch(href, { credentials: 'omit' }).then((r) =>
    r.ok ? r : Promise.reject(new Error(`HTTP ${r.status}`)),
  );
  request.catch(() => {}); // a failed prefetch is not an error: the widget fetches again and says why
  files.set(href, request);
}

/**
 * A host file: the loader's request when there is one (each caller gets its own copy of the body), else a
 * new request. A failed prefetch is retried once by the widget, so its own error message applies.
 */
export function fetchHostFile(
  url: string | URL,
  init: RequestInit = { credentials: 'omit' },
): Promise<Response> {
  const href = absolute(url);
  const early = registry().get(href);
  if (!early) return fetch(href, init);
  return early.then(
    (r) => r.clone(),
    () => {
      registry().delete(href);
      return fetch(href, init);
    },
  );
}

/** URLs requested early, for tests and the bench. */
export function prefetchedUrls(): string[] {
  return [...registry().keys()];
}
