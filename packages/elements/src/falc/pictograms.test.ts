import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTOGRAM_NAMES, PICTOGRAMS } from './pictograms.js';

const dir = join(import.meta.dirname, '../../assets/pictograms');

describe('pictograms', () => {
  it('match the separate SVG files kept with their attribution', () => {
    for (const [section, name] of Object.entries(PICTOGRAM_NAMES)) {
      const file = readFileSync(join(dir, `healthicons-${name}.svg`), 'utf8').trim();
      expect(PICTOGRAMS[section as keyof typeof PICTOGRAMS], section).toBe(file);
    }
  });
  it('name every file in the attribution and carry the licence', () => {
    const attribution = readFileSync(join(dir, 'ATTRIBUTION.md'), 'utf8');
    for (const name of Object.values(PICTOGRAM_NAMES))
      expect(attribution).toContain(`healthicons-${name}.svg`);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(readFileSync(join(import.meta.dirname, 'pictograms.ts'), 'utf8')).toContain('/*!');
  });
  it('are plain SVG drawn with currentColor, without script or external reference', () => {
    for (const svg of Object.values(PICTOGRAMS)) {
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('currentColor');
      expect(svg).not.toMatch(/<script|href=|url\(/i);
    }
  });
});
