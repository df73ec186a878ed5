import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/import.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const readFixture = (name: string): string => readFileSync(join(fixturesDir, name), 'utf8');
export const importFixture = (name: string) => importText(readFixture(name), name);
