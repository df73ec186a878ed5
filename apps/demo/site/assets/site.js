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
