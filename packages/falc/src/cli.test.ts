import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, {
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return f;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const good = 'Vous avez peu d’argent.\nLa mairie peut vous aider.\n';
const bad = 'ATTENTION AUX DATES.\n';

describe('passerelle-falc check', () => {
  it('exits 0 on a clean text and 1 when an error rule fails', () => {
    expect(run(['check', 'a.md'], { 'a.md': good }).code).toBe(0);
    const r = run(['check', 'a.md', 'b.txt'], { 'a.md': good, 'b.txt': bad });
    expect(r.code).toBe(1);
    expect(r.out).toContain('capitals');
    expect(r.out).toContain('ÉCHEC b.txt');
    expect(r.out).toContain('OK a.md');
  });
  it('exits 0 with warnings only', () => {
    expect(run(['check', 'a.md'], { 'a.md': 'Vous n’avez pas de travail.' }).code).toBe(0);
  });
  it('reads the content JSON and its glossary', () => {
    const doc = {
      id: 'rsa',
      locale: 'fr',
      sections: [{ heading: 'C’est quoi ?', body: 'Le RSA est une aide.' }],
      glossary: [{ term: 'RSA', definition: 'Une aide pour vivre.' }],
    };
    expect(run(['check', 'c.json'], { 'c.json': JSON.stringify(doc) }).code).toBe(0);
    expect(run(['check', 'c.json'], { 'c.json': JSON.stringify({ ...doc, glossary: [] }) }).code).toBe(1);
    const many = { explanations: [doc, { ...doc, id: 'af' }], glossary: [] };
    const r = run(['check', 'c.json', '--json'], { 'c.json': JSON.stringify(many) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(2);
  });
  it('uses --glossary for text files', () => {
    const files = {
      'a.md': 'La CAF paie.',
      'g.json': JSON.stringify([{ term: 'CAF', definition: 'La caisse.' }]),
    };
    expect(run(['check', 'a.md'], files).code).toBe(1);
    expect(run(['check', 'a.md', '--glossary', 'g.json'], files).code).toBe(0);
  });
  it('exits 2 with a clear message on bad input', () => {
    expect(run([]).code).toBe(2);
    expect(run(['lint', 'a.md']).err).toContain('Commande inconnue');
    expect(run(['check']).err).toContain('au moins un fichier');
    expect(run(['check', 'x.md']).err).toContain('x.md : impossible de lire le fichier (ENOENT)');
    expect(run(['check', 'a.pdf'], { 'a.pdf': '' }).err).toContain('non pris en charge');
    expect(run(['check', 'c.json'], { 'c.json': '{' }).err).toContain('JSON est invalide');
    expect(run(['check', 'c.json'], { 'c.json': '{"sections": 3}' }).err).toContain('"sections"');
    expect(run(['check', 'c.json'], { 'c.json': '{"sections": [{"heading": 5, "body": "x"}]}' }).code).toBe(
      2,
    );
    expect(run(['check', 'a.md', '--lang', 'de'], { 'a.md': good }).code).toBe(2);
  });
  it('refuses a Latin-1 file with the fix, and accepts a UTF-8 byte order mark', () => {
    const latin1 = Buffer.from('Vous avez reçu une réponse de la mairie.\n', 'latin1');
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(['check', 'a.txt', 'b.md'], {
      readFile: (p) => (p === 'a.txt' ? latin1 : Buffer.from(`\uFEFF${good}`, 'utf8')),
      out: (l) => out.push(l),
      err: (l) => err.push(l),
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toContain("a.txt : ce fichier n'est pas en UTF-8");
    expect(err.join('\n')).toContain('Enregistrez-le en UTF-8');
    expect(out.join('\n')).not.toContain('a.txt');
    expect(out.join('\n')).toContain('OK b.md');
  });
  it('prints help', () => {
    expect(run(['--help']).out).toContain('passerelle-falc check');
    expect(run(['check', '--help'])).toMatchObject({
      code: 0,
      out: expect.stringContaining('passerelle-falc check'),
    });
  });
  it('runs as a process with the right exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'falc-'));
    writeFileSync(join(dir, 'bad.md'), bad);
    const cli = join(import.meta.dirname, 'cli.ts');
    const p = spawnSync(process.execPath, ['--import', 'tsx', cli, 'check', join(dir, 'bad.md')], {
      encoding: 'utf8',
    });
    expect(p.stdout).toContain('capitals');
    expect(p.status).toBe(1);
  });
});
