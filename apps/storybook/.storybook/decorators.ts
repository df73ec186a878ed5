import { themeStyleText } from '@passerelle/tokens';
import { html } from 'lit';

// CSS of a WordPress-like theme that fights embedded widgets: the widgets must survive it.
export const HOSTILE_HOST_CSS = `
html { font-size: 62.5% !important; }
body { line-height: 1 !important; }
button, input, select, textarea, label {
  font-family: Georgia, serif !important; font-size: 1.3rem !important; line-height: 1 !important;
  border-radius: 0 !important; text-transform: uppercase !important; margin: 0 !important;
}
button { background: #222 !important; color: #fff !important; padding: 0 !important; }
`;

function ensureStyle(id: string, css: string | null): void {
  let el = document.getElementById(id) as HTMLStyleElement | null;
  if (css === null) {
    el?.remove();
    return;
  }
  if (!el) {
    el = document.createElement('style');
    el.id = id;
    document.head.append(el);
  }
  if (el.textContent !== css) el.textContent = css;
}

/** Applies the toolbar's theme, language and direction, and the hostile host when a story asks for it. */
export const withHost = (
  story: () => unknown,
  context: { globals: Record<string, string>; parameters: Record<string, unknown> },
) => {
  const theme = context.globals.theme ?? 'default';
  const locale = context.globals.locale ?? 'fr';
  const dir = context.globals.dir ?? (locale === 'ar' ? 'rtl' : 'ltr');
  ensureStyle('passerelle-theme', themeStyleText(theme, ':root'));
  ensureStyle('passerelle-hostile', context.parameters.hostile ? HOSTILE_HOST_CSS : null);
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  return html`<div class="passerelle-story" lang=${locale} dir=${dir}>${story()}</div>`;
};
