// Storybook reads one custom elements manifest: merge every package's custom-elements.json into one, keeping
// only the public API (the analyzer also lists private members, internal state and the base class's helpers).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicApi } from './public-api.mjs';

const packagesDir = join(import.meta.dirname, '..', '..', '..', 'packages');
const merged = { schemaVersion: '1.0.0', readme: '', modules: [] };
for (const name of readdirSync(packagesDir)) {
  const file = join(packagesDir, name, 'custom-elements.json');
  if (!existsSync(file)) continue;
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of manifest.modules ?? [])
    merged.modules.push({
      ...mod,
      path: `packages/${name}/${mod.path}`,
      declarations: (mod.declarations ?? []).map(publicApi),
    });
}
mkdirSync(join(import.meta.dirname, '..', 'generated'), { recursive: true });
writeFileSync(join(import.meta.dirname, '..', 'generated', 'custom-elements.json'), JSON.stringify(merged));
console.log(`merged ${merged.modules.length} modules into generated/custom-elements.json`);
