// npm run bench (in packages/falc): checker speed and the weight of <passerelle-falc>.
// Run with the "source" condition so that workspace packages resolve to their TypeScript sources.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT, getExplanation } from '@passerelle/content';
import {
  type BenchRow,
  bundleWidget,
  gzipSize,
  opsPerSecond,
  writeBenchRows,
} from '@passerelle/testing/bench';
import { checkDocument, checkText } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = join(here, '..');
const elementsDir = join(pkgDir, '../elements');
const repoRoot = join(pkgDir, '../..');

// --- checker: words per second over every French explanation ------------------------------------------
const date = '2026-11-01';
const texts = CONTENT.flatMap((c) =>
  (getExplanation(c.id, 'fr', { date })?.sections ?? []).map((s) => `# ${s.heading}\n\n${s.body}`),
);
const corpus = texts.join('\n\n');
const words = checkText(corpus).stats.words;
const checksPerSecond = opsPerSecond(() => checkText(corpus), 3000);
const docsPerSecond = opsPerSecond(
  () => checkDocument([{ heading: 'Pour qui ?', body: texts[1] as string }]),
  1000,
);

// --- widget weight, minified and gzipped ---------------------------------------------------------------
// Split like the embed build: each right's text, the glossaries and the amounts engine (with the rules'
// parameters) are lazy chunks. "Initial" is the define entry and its static imports, pictograms left out.
interface Split {
  initial: number;
  /** Largest lazy chunk holding one right's text. */
  largestRight: number;
  /** Lazy chunks fetched with the first right shown (text, glossary, amounts engine), for "rsa" in French. */
  firstRight: number;
}

async function splitBundle(): Promise<Split> {
  const result = await bundleWidget(join(elementsDir, 'src/define/passerelle-falc.ts'), {
    splitting: true,
    absWorkingDir: repoRoot,
    legalComments: 'eof',
    external: /\/pictograms\.js$/,
  });
  const outputs = result.metafile.outputs;
  const gz = new Map(result.outputFiles.map((f) => [f.path.split('/virtual-out/')[1], gzipSize(f.contents)]));
  const size = (key: string) => gz.get(key.split('virtual-out/')[1]) ?? 0;
  const closure = (keys: string[], kinds: string[]) => {
    const seen = new Set<string>();
    const visit = (k: string) => {
      if (seen.has(k)) return;
      seen.add(k);
      for (const i of outputs[k]?.imports ?? []) if (!i.external && kinds.includes(i.kind)) visit(i.path);
    };
    for (const k of keys) visit(k);
    return seen;
  };
  const holding = (input: string) =>
    Object.keys(outputs).filter((k) => Object.keys(outputs[k]?.inputs ?? {}).includes(input));
  const entry = holding('packages/elements/src/define/passerelle-falc.ts');
  const initial = closure(entry, ['import-statement']);
  const rightChunks = Object.keys(outputs).filter((k) =>
    Object.keys(outputs[k]?.inputs ?? {}).some((i) => i.startsWith('packages/content/src/rights/')),
  );
  const first = closure(
    [
      // The RSA pack carries its text, its glossary words and its parameter values.
      ...holding('packages/content/src/rights/generated/rsa.ts'),
      ...holding('packages/content/src/explain.ts'),
    ],
    ['import-statement'],
  );
  return {
    initial: [...initial].reduce((n, k) => n + size(k), 0),
    largestRight: Math.max(...rightChunks.map(size)),
    firstRight: [...first].filter((k) => !initial.has(k)).reduce((n, k) => n + size(k), 0),
  };
}

const split = await splitBundle();
const onlyPictograms = await bundleWidget(join(elementsDir, 'src/falc/pictograms.ts'), {
  legalComments: 'eof',
});
const pictogramsGzip = gzipSize(onlyPictograms.outputFiles?.[0]?.text ?? '');

const rows: BenchRow[] = [
  {
    name: 'checker words per second (checkText, French content)',
    value: Math.round(words * checksPerSecond),
    unit: 'words/s',
    budget: '≥ 15000',
    ok: words * checksPerSecond >= 15000,
  },
  { name: 'checkDocument calls per second (one section)', value: Math.round(docsPerSecond), unit: 'ops/s' },
  { name: 'corpus size (French explanations)', value: words, unit: 'words' },
  {
    name: '<passerelle-falc> gzip, initial load without pictograms (lit, widget, list of rights)',
    value: split.initial,
    unit: 'bytes',
    budget: '≤ 25600',
    ok: split.initial <= 25600,
  },
  {
    name: '<passerelle-falc> gzip, fetched with the first right shown (rsa text, glossary, amounts, parameters)',
    value: split.firstRight,
    unit: 'bytes',
  },
  { name: '<passerelle-falc> gzip, largest chunk of one right', value: split.largestRight, unit: 'bytes' },
  { name: 'pictograms module gzip', value: pictogramsGzip, unit: 'bytes' },
];
writeBenchRows(pkgDir, '@passerelle/falc', rows);
