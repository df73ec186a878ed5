// What the <passerelle-partner-finder> bundle must not carry (zod, papaparse, importers, other languages),
// bundled the way a French page receives it. Its size is asserted in one place, with every other budget:
// packages/embed/test/budgets.test.ts (table in packages/embed/scripts/sizes.ts).
import { fileURLToPath } from 'node:url';
import { bundleWidget } from '@passerelle/testing/bench';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../define/passerelle-partner-finder.ts', import.meta.url));

describe('partner finder bundle', () => {
  it('carries no zod, papaparse, importer or other language', async () => {
    const r = await bundleWidget(entry, { external: /\.(en|ar)\.js$/ });
    const file = r.outputFiles[0];
    if (!file) throw new Error('esbuild wrote nothing');
    const output = Object.values(r.metafile.outputs)[0];
    const inputs = Object.entries(output?.inputs ?? {})
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([k]) => k);
    // The bundle must really hold the widget, or the size below would prove nothing.
    expect(inputs.some((k) => k.endsWith('partner-finder/partner-finder.ts'))).toBe(true);
    expect(inputs.some((k) => k.includes('partners/src/opening-hours.ts'))).toBe(true);
    expect(inputs.filter((k) => /node_modules\/(zod|papaparse)\//.test(k))).toEqual([]);
    expect(inputs.filter((k) => /partners\/src\/(model|import|importers\/|node\/|cli)/.test(k))).toEqual([]);
    expect(file.text).not.toMatch(/ZodError|papaparse/i);
    expect(inputs.filter((k) => /\.(en|ar)\.ts$/.test(k))).toEqual([]);
    expect(file.text).not.toContain('Search is not working right now');
  }, 300_000);
});
