// Size budget of <passerelle-partner-finder> (issue 8: 35 KB gzip without data), measured the way a French
// page receives it: the define entry bundled in one minified file, lit included; the English and Arabic
// strings are fetched only for those languages, so they stay out (packages/embed measures them apart).
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleWidget } from '@passerelle/testing/bench';
import { describe, expect, it } from 'vitest';

const BUDGET = 35 * 1024;
const entry = fileURLToPath(new URL('../define/passerelle-partner-finder.ts', import.meta.url));

describe('partner finder bundle', () => {
  it('stays within 35 KB gzip and carries no zod, papaparse or importer', async () => {
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
    const gzip = gzipSync(file.contents, { level: 9 }).length;
    expect(gzip, `partner finder: ${gzip} bytes gzip`).toBeLessThanOrEqual(BUDGET);
  }, 60_000);
});
