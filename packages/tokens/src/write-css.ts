// Build step: writes one CSS file per shipped theme into dist/ (run after tsc).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { themeCssFiles } from './css.js';

const outDir = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const [file, css] of Object.entries(themeCssFiles())) writeFileSync(join(outDir, file), css);
console.log(`@passerelle/tokens: ${Object.keys(themeCssFiles()).length} CSS files written to ${outDir}`);
