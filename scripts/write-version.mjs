// Writes src/version.ts from package.json so the version is readable at runtime without shipping package.json.
import { readFileSync, writeFileSync } from 'node:fs';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const text = `// Generated from package.json by scripts/write-version.mjs at build time.\nexport const VERSION = '${version}';\n`;
let current = '';
try {
  current = readFileSync('src/version.ts', 'utf8');
} catch {}
if (current !== text) writeFileSync('src/version.ts', text);
