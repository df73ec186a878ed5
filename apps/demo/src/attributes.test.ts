import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES, type WidgetTag } from './attributes.js';

// The builder must only write attributes the widgets declare. The manifest is produced by the elements build
// (turbo runs it before this test). Every widget is built since 2026-11-24: one missing from the manifest
// means its JSDoc no longer reaches the analyser (e.g. the @tagname comment no longer sits on the class).
const manifestFile = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'packages',
  'elements',
  'custom-elements.json',
);
interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
}
const manifest: Manifest = existsSync(manifestFile)
  ? JSON.parse(readFileSync(manifestFile, 'utf8'))
  : { modules: [] };
const declared = new Map<string, string[]>();
for (const m of manifest.modules)
  for (const d of m.declarations ?? [])
    if (d.tagName)
      declared.set(
        d.tagName,
        (d.attributes ?? []).map((a) => a.name),
      );

describe('snippet builder attributes match the custom elements manifest', () => {
  for (const tag of Object.keys(ATTRIBUTES) as WidgetTag[]) {
    it(`<${tag}>`, () => {
      expect(declared.has(tag), `<${tag}> is not in custom-elements.json`).toBe(true);
      const names = Object.values(ATTRIBUTES[tag]);
      expect(names.filter((n) => !declared.get(tag)?.includes(n))).toEqual([]);
    });
  }
});
