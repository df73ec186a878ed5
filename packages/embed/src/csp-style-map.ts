// Drop-in replacement for Lit's `styleMap`, swapped in by the CDN build (see scripts/build.ts).
// Lit's directive writes a `style="…"` attribute on first render; a Content-Security-Policy without
// 'unsafe-inline' blocks that attribute (style-src-attr) and reports a violation. This one sets every
// property through the CSSOM (element.style), which CSP allows, from the first render on.
import { type AttributePart, noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';

export interface StyleInfo {
  [name: string]: string | number | undefined | null;
}

const IMPORTANT = ' !important';

class CspStyleMapDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style')
      throw new Error('The `styleMap` directive must be used in the `style` attribute.');
  }

  render(_styleInfo: Readonly<StyleInfo>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styleInfo]: [Readonly<StyleInfo>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const set = style as unknown as Record<string, string | null>;
    for (const name of this.previous) {
      if (styleInfo[name] != null) continue;
      this.previous.delete(name);
      if (name.includes('-')) style.removeProperty(name);
      else set[name] = null;
    }
    for (const name in styleInfo) {
      const raw = styleInfo[name];
      if (raw == null) continue;
      this.previous.add(name);
      const value = String(raw);
      const important = value.endsWith(IMPORTANT);
      if (name.includes('-') || important)
        style.setProperty(
          name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
          important ? value.slice(0, -IMPORTANT.length) : value,
          important ? 'important' : '',
        );
      else set[name] = value;
    }
    return noChange;
  }
}

export const styleMap = directive(CspStyleMapDirective);
export type { CspStyleMapDirective as StyleMapDirective };
