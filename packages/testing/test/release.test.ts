import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const workspaces = ['packages', 'apps'].flatMap((d) => readdirSync(join(root, d)).map((n) => join(d, n)));
const read = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));

it('a changeset on one package bumps every published package together, and no private app', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'release-'));
  cpSync(join(root, '.changeset', 'config.json'), join(tmp, '.changeset', 'config.json'), {
    recursive: true,
  });
  cpSync(join(root, 'package.json'), join(tmp, 'package.json'));
  for (const ws of workspaces) cpSync(join(root, ws, 'package.json'), join(tmp, ws, 'package.json'));
  writeFileSync(
    join(tmp, '.changeset', 'one-package.md'),
    "---\n'@passerelle/rules': minor\n---\n\nA test change.\n",
  );
  execFileSync('git', ['init', '-q'], { cwd: tmp });
  execFileSync(join(root, 'node_modules', '.bin', 'changeset'), ['version'], { cwd: tmp, stdio: 'pipe' });

  const published = workspaces.filter((ws) => !read(ws).private);
  expect(published.length).toBeGreaterThanOrEqual(7);
  const versions = new Set<string>();
  for (const ws of workspaces) {
    const before = read(ws).version as string;
    const after = JSON.parse(readFileSync(join(tmp, ws, 'package.json'), 'utf8')).version as string;
    if (read(ws).private) expect(after, ws).toBe(before);
    else {
      expect(after, ws).not.toBe(before);
      versions.add(after);
    }
  }
  expect(versions.size).toBe(1);
}, 300_000);
