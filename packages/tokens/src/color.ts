// Colour parsing and WCAG 2.1 contrast, with no DOM: the tokens package also runs in Node.

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgb\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*\)$/i;

/** Parses `#rgb`, `#rrggbb` or `rgb(r g b)` / `rgb(r, g, b)`. Returns null for anything else. */
export function parseColor(value: string): Rgb | null {
  const text = value.trim();
  const hex = HEX.exec(text);
  if (hex) {
    let h = hex[1] as string;
    if (h.length === 3)
      h = h
        .split('')
        .map((c) => c + c)
        .join('');
    return {
      r: Number.parseInt(h.slice(0, 2), 16),
      g: Number.parseInt(h.slice(2, 4), 16),
      b: Number.parseInt(h.slice(4, 6), 16),
    };
  }
  const rgb = RGB.exec(text);
  if (rgb) {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number) as [number, number, number];
    if (r > 255 || g > 255 || b > 255) return null;
    return { r, g, b };
  }
  return null;
}

function channel(c: number): number {
  const s = c / 255;
  // WCAG 2.1 relative luminance: https://www.w3.org/TR/WCAG21/#dfn-relative-luminance (checked 2026-11-24)
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: Rgb): number {
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

function toRgb(color: string | Rgb): Rgb {
  if (typeof color !== 'string') return color;
  const parsed = parseColor(color);
  if (!parsed)
    throw new Error(
      `Couleur illisible : « ${color} ». Écrivez-la en hexadécimal (#1a6b5c ou #fff) ou en rgb(26, 107, 92).`,
    );
  return parsed;
}

/** WCAG contrast ratio between two opaque colours, from 1 to 21. Throws a clear error on an unreadable colour. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(toRgb(a));
  const lb = relativeLuminance(toRgb(b));
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

/** `#rrggbb` of an RGB colour (channels rounded). */
export function toHex(color: string | Rgb): string {
  const { r, g, b } = toRgb(color);
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Straight mix in sRGB: t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: string | Rgb, b: string | Rgb, t: number): Rgb {
  const x = toRgb(a);
  const y = toRgb(b);
  return { r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t };
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * The colour closest to `foreground` (the least darkened or lightened, keeping its hue) that reaches
 * `required` contrast on `background`, as `#rrggbb`; `foreground` itself when it already does. Moving
 * towards black or white changes luminance monotonically, so a bisection finds the smallest change.
 */
export function nearestPassing(foreground: string | Rgb, background: string | Rgb, required: number): string {
  if (contrastRatio(foreground, background) >= required) return toHex(foreground);
  let best: { t: number; color: Rgb } | null = null;
  for (const target of [BLACK, WHITE]) {
    // Rounding to whole channels can lose a hundredth: aim a little above the threshold.
    const passes = (t: number) =>
      contrastRatio(toHex(mix(foreground, target, t)), background) >= required + 0.01;
    if (!passes(1)) continue;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (passes(mid)) hi = mid;
      else lo = mid;
    }
    if (!best || hi < best.t) best = { t: hi, color: mix(foreground, target, hi) };
  }
  // Neither black nor white passes only for impossible requirements (above 21:1 on mid-grey…).
  return toHex(best?.color ?? (relativeLuminance(toRgb(background)) > 0.18 ? BLACK : WHITE));
}

/** A hover shade of an action colour: darker on a light page, lighter on a dark one. */
export function hoverShade(action: string | Rgb, background: string | Rgb): string {
  const dark = relativeLuminance(toRgb(background)) < 0.18;
  return toHex(mix(action, dark ? WHITE : BLACK, 0.2));
}
