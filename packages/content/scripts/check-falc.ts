// npm run check:falc — writes every explanation as JSON (reports/content-fr.json, reports/content-en.json)
// and runs `passerelle-falc check` on them, the way a content editor would before a review.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@passerelle/falc';
import { CHECKED_LOCALES, contentAsJson } from '../src/index.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'reports');
mkdirSync(dir, { recursive: true });
// The checker reads French and English; the Arabic texts have their own gate (src/gate.test.ts).
const files = CHECKED_LOCALES.map((locale) => {
  const file = join(dir, `content-${locale}.json`);
  writeFileSync(file, `${JSON.stringify(contentAsJson(locale), null, 2)}\n`);
  return file;
});
process.exitCode = runCli(['check', ...files, ...process.argv.slice(2)], {
  readFile: (p) => readFileSync(p, 'utf8'),
  out: (l) => console.log(l),
  err: (l) => console.error(l),
});
