// Builds the demo site into dist/: the site's pages and CSS, plus the embed script as a webmaster would host it.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const here = join(import.meta.dirname, '..');
const dist = join(here, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(join(here, 'site'), dist, { recursive: true });
const embedDist = join(here, '..', '..', 'packages', 'embed', 'dist');
if (existsSync(embedDist)) cpSync(embedDist, join(dist, 'passerelle'), { recursive: true });
console.log(`demo built into ${dist}`);
