// Every French string is shipped to every page: a key that no code reads is dead weight in the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ficheMessages } from '../handoff/fiche-messages.js';
import { handoffMessages } from '../handoff/messages.js';
import { messages } from '../questionnaire/messages.js';
import { blockMessages } from './block-messages.js';
import { parseMessages } from './parse-messages.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = (dirs: string[]) =>
  dirs
    .flatMap((d) => readdirSync(join(src, d), { recursive: true }).map((f) => join(src, d, String(f))))
    .filter((f) => f.endsWith('.ts') && !/\.(test|stories)\.ts$|messages(\.\w+)?\.ts$/.test(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    // Comments do not read a key.
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('message keys in use', () => {
  it.each([
    [
      'blocks',
      blockMessages.tables.fr,
      ['blocks', 'base', 'i18n', 'questionnaire', 'partner-finder', 'falc'],
    ],
    ['questionnaire', messages.tables.fr, ['questionnaire', 'handoff', 'mediator']],
    ['hand-off', handoffMessages.tables.fr, ['handoff', 'questionnaire']],
    ['fiche', ficheMessages.tables.fr, ['handoff']],
    ['validation', parseMessages.tables.fr, ['blocks']],
  ] as const)('every %s key is read somewhere', (_name, table, dirs) => {
    const code = sources([...dirs]);
    const unused = Object.keys(table).filter((k) => !new RegExp(`['"\`]${k}['"\`]`).test(code));
    expect(unused).toEqual([]);
  });
});
