// Passerelle: makes the page that includes this script work without network after one visit.
// <script src="/passerelle/passerelle-offline.js" data-worker="/passerelle-sw.js" defer></script>
// data-worker: where the host put passerelle-sw.js (next to its mediator page); data-scope: optional, the
// pages it serves (by default the folder of the worker). A classic script (not a module), so that it can
// read its own attributes; no inline code, so it runs under a strict Content-Security-Policy.
(() => {
  const script = document.currentScript;
  if (!script || !('serviceWorker' in navigator)) return;
  const worker = script.dataset.worker || 'passerelle-sw.js';
  const scope = script.dataset.scope;
  const kit = new URL('passerelle-manifest.json', script.src).href;
  const announce = (state, detail) => {
    script.dataset.state = state;
    document.dispatchEvent(new CustomEvent('passerelle-offline', { detail: { state, ...detail } }));
  };
  const active = (reg) =>
    reg.active
      ? Promise.resolve(reg.active)
      : new Promise((resolve) => {
          const w = reg.installing || reg.waiting;
          w?.addEventListener('statechange', () => w.state === 'activated' && resolve(w));
        });
  const dataUrls = () =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('passerelle-'))
      .flatMap((el) => [...el.attributes].filter((a) => a.name === 'src' || a.name.endsWith('-src')))
      .map((a) => new URL(a.value, location.href).href);
  const run = async () => {
    const reg = await navigator.serviceWorker.register(worker, scope ? { scope } : undefined);
    const sw = await active(reg);
    const urls = [
      location.href.split('#')[0],
      kit,
      ...dataUrls(),
      ...performance.getEntriesByType('resource').map((e) => e.name),
    ];
    const channel = new MessageChannel();
    const reply = new Promise((resolve) => {
      channel.port1.onmessage = (e) => resolve(e.data);
    });
    sw.postMessage({ type: 'passerelle-offline', urls: [...new Set(urls)] }, [channel.port2]);
    const { kept, failed } = await reply;
    announce(failed ? 'partial' : 'ready', { kept, failed });
  };
  const start = () => run().catch((e) => announce('error', { message: String(e?.message ?? e) }));
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
})();
