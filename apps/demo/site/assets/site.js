// Site behaviour of Belleville-sur-Marne: a disclosure menu on small screens. External file (no inline
// script), so it runs under a strict Content-Security-Policy too.
const nav = document.querySelector('.menu');
const button = nav?.querySelector('.menu__bouton');
const list = nav?.querySelector('.menu__liste');
if (nav && button && list) {
  document.documentElement.classList.add('js-menu');
  const small = window.matchMedia('(max-width: 47.99em)');
  const set = (open) => {
    button.setAttribute('aria-expanded', String(open));
    if (open) list.removeAttribute('data-ferme');
    else list.setAttribute('data-ferme', '');
  };
  const sync = () => {
    button.hidden = !small.matches;
    set(!small.matches);
  };
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && small.matches && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
  small.addEventListener('change', sync);
  sync();
}

// The mediator page says when it is ready to work without network (event of passerelle-offline.js).
const offline = document.querySelector('[data-hors-ligne]');
document.addEventListener('passerelle-offline', (event) => {
  if (!offline) return;
  const { state } = event.detail;
  offline.textContent =
    state === 'ready'
      ? 'Cette page est prête : elle fonctionnera aussi sans réseau sur cet appareil.'
      : state === 'partial'
        ? 'Une partie des fichiers n’a pas pu être gardée : sans réseau, certaines fonctions peuvent manquer.'
        : 'Cette page ne pourra pas fonctionner sans réseau sur ce navigateur.';
});
