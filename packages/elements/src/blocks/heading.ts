import { html, nothing } from 'lit';

/**
 * A native heading of level 2 to 6 (levels outside are clamped). `focusable` lets the widget move focus to it
 * (tabindex -1); `part` exposes it to the host's CSS.
 */
export function heading(
  level: number | undefined,
  content: unknown,
  id?: string,
  className = 'pa-heading',
  o: { part?: string; focusable?: boolean } = {},
) {
  const i = id ?? nothing;
  const p = o.part ?? nothing;
  const f = o.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, level ?? 2))) {
    case 3:
      return html`<h3 id=${i} class=${className} part=${p} tabindex=${f}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i} class=${className} part=${p} tabindex=${f}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i} class=${className} part=${p} tabindex=${f}>${content}</h5>`;
    case 6:
      return html`<h6 id=${i} class=${className} part=${p} tabindex=${f}>${content}</h6>`;
    default:
      return html`<h2 id=${i} class=${className} part=${p} tabindex=${f}>${content}</h2>`;
  }
}
