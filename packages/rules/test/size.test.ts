// The browser entry's budget (issue 3: 30 KB gzip) and what must stay out of it (zod: ./schema). Sizes are deterministic
// for a given esbuild version, so they are asserted; `npm run bench` prints them with the other entries.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleWidget, gzipSize } from '@passerelle/testing/bench';
import { describe, expect, it } from 'vitest';

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET = 30 * 1024;

async function measure(entry: string) {
  const out = await bundleWidget(join(pkgDir, entry));
  const file = out.outputFiles[0] as { contents: Uint8Array };
  const inputs = Object.keys(Object.values(out.metafile.outputs)[0]?.inputs ?? {});
  return { gzip: gzipSize(file.contents), inputs };
}

describe('browser entry size', () => {
  it(`@passerelle/rules stays within ${BUDGET} bytes gzip`, async () => {
    const { gzip } = await measure('src/index.ts');
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('leaves zod to the ./schema entry', async () => {
    const { inputs } = await measure('src/index.ts');
    expect(inputs.filter((p) => p.includes('node_modules/zod') || p.endsWith('src/situation.ts'))).toEqual(
      [],
    );
    const schema = await measure('src/schema-entry.ts');
    expect(schema.inputs.some((p) => p.includes('node_modules/zod'))).toBe(true);
  });

  it('leaves the flow, local aids, right details and parameter sources to their own entries', async () => {
    const { inputs } = await measure('src/index.ts');
    const leaked = inputs.filter((p) =>
      /src\/(flow|local-aids)\/|current-data\.ts|history-data\.ts|rights\/details\.ts|to-json-schema/.test(p),
    );
    expect(leaked).toEqual([]);
  });

  it('gives the questionnaire the engine, the flow and the details without zod', async () => {
    const { inputs } = await measure('test/fixtures/widget-imports.ts');
    expect(inputs.filter((p) => p.includes('node_modules/zod'))).toEqual([]);
    expect(inputs.some((p) => p.includes('src/flow/questions.ts'))).toBe(true);
    expect(inputs.some((p) => p.includes('src/rights/details.ts'))).toBe(true);
    expect(inputs.filter((p) => /rights\/parameters\.ts|current-data|to-json-schema/.test(p))).toEqual([]);
  });
});
