// Every `npx --package @passerelle/…` command written in the docs runs as written, from inside the
// repository, on small real files named as the docs name them; no document keeps an unscoped
// `npx passerelle-…` (outside this repository that would fetch whatever someone published under the name).
// Needs the packages built (npm test builds them first). Run alone: node --test scripts/docs-commands.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The Markdown files a person reads: docs/, the READMEs, CONTRIBUTING, the changesets. */
function documents() {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', '.git', '.turbo', '.tmp', 'storybook-static'].includes(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md') && !e.name.startsWith('CHANGELOG')) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** Commands: lines of code blocks and inline code spans starting with `npx --package @passerelle/`. */
function commandsOf(text) {
  const found = [];
  const lines = text.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*```/.test(line)) {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock) {
      let cmd = line.trim();
      while (cmd.endsWith('\\') && i + 1 < lines.length)
        cmd = `${cmd.slice(0, -1).trim()} ${lines[++i].trim()}`;
      if (cmd.startsWith('npx --package @passerelle/')) found.push(cmd.replace(/\s+#.*$/, ''));
    } else for (const m of line.matchAll(/`(npx --package @passerelle\/[^`]+)`/g)) found.push(m[1]);
  }
  return found;
}

// Small real files for the names the docs use.
const partnersFixtures = join(root, 'packages', 'partners', 'test', 'fixtures');
const text = 'Vous avez peu d’argent.\nLa mairie peut vous aider.\n';
const FILES = {
  'annuaire-94.json': { copy: join(partnersFixtures, 'dila-bdl-bulk-json_samples.json') },
  'annuaire-dila-94.json': { copy: join(partnersFixtures, 'dila-bdl-bulk-json_samples.json') },
  'services-di.json': { copy: join(partnersFixtures, 'di-v1_structures-services.json') },
  'data-inclusion-94.json': { copy: join(partnersFixtures, 'di-v1_structures-services.json') },
  'mes-partenaires.json': { copy: join(partnersFixtures, 'local_ccas.json') },
  'mon-theme.json': { text: JSON.stringify({ name: 'mon-theme', tokens: { 'color-action': '#6b2c91' } }) },
  'THEME.json': { text: JSON.stringify({ name: 'theme', tokens: { 'color-action': '#6b2c91' } }) },
  'texte.md': { text },
  'autre.txt': { text },
  'contenu.json': { text: JSON.stringify({ sections: [{ heading: 'Pour qui ?', body: text }] }) },
  'lexique.json': { text: JSON.stringify([{ term: 'mairie', definition: 'Le bâtiment de la commune.' }]) },
};

/** Synopsis lines (`FICHIER…`, `[--pretty]`) run as `<command> --help`; real lines run as written. */
const isSynopsis = (cmd) => /[[…|]|\b[A-Z]{3,}\b(?!\.json)/.test(cmd.replace(/THEME\.json/, ''));

const work = join(root, '.tmp', `docs-commands-${process.pid}`);
after(() => rmSync(work, { recursive: true, force: true }));

function runInWork(cmd) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const [name, f] of Object.entries(FILES)) {
    if (f.copy) copyFileSync(f.copy, join(work, name));
    else writeFileSync(join(work, name), f.text);
  }
  return spawnSync(cmd, { cwd: work, shell: true, encoding: 'utf8', timeout: 300_000 });
}

const all = documents().map((file) => ({
  file: relative(root, file),
  text: readFileSync(file, 'utf8'),
}));

describe('documented commands', () => {
  it('no document has an unscoped `npx passerelle-…`', () => {
    const bad = all.filter((d) => /npx\s+passerelle-/.test(d.text)).map((d) => d.file);
    assert.deepEqual(bad, []);
  });

  const commands = all.flatMap((d) => commandsOf(d.text).map((cmd) => ({ file: d.file, cmd })));
  it('finds the commands of every CLI in the docs', () => {
    const bins = new Set(commands.map((c) => c.cmd.split(/\s+/)[3]));
    for (const bin of ['passerelle-partners', 'passerelle-rules', 'passerelle-falc', 'passerelle-tokens'])
      assert.ok(bins.has(bin), `${bin} is documented nowhere with its scope`);
  });

  for (const { file, cmd } of commands) {
    it(`${file}: ${cmd}`, () => {
      const [, , pkg, bin, sub] = cmd.split(/\s+/);
      assert.equal(`@passerelle/${bin.replace('passerelle-', '')}`, pkg, 'the scope names the bin’s package');
      const synopsis = isSynopsis(cmd);
      const run = synopsis ? `npx --package ${pkg} ${bin} ${sub} --help` : cmd;
      if (!synopsis)
        for (const [i, arg] of cmd.split(/\s+/).entries())
          if (i > 4 && /\.(json|md|txt|csv)$/.test(arg) && !/^--(out|report)$/.test(cmd.split(/\s+/)[i - 1]))
            assert.ok(arg in FILES, `no sample file for « ${arg} »: add one to FILES`);
      const r = runInWork(run);
      const output = `${r.stdout}\n${r.stderr}`;
      assert.doesNotMatch(output, /\n\s+at [^\n]+:\d+:\d+\)?\n/, `stack trace:\n${output}`);
      assert.doesNotMatch(output, /Erreur inattendue|internal error|n'est pas encore construit/, output);
      // `check` exits 1 when the checked file has problems: that is the command working.
      const allowed = sub === 'check' && !synopsis ? [0, 1] : [0];
      assert.ok(allowed.includes(r.status), `exit ${r.status}:\n${output}`);
      assert.ok(r.stdout.trim().length > 0, `nothing on standard output:\n${output}`);
      if (bin === 'passerelle-partners' && sub === 'import' && !synopsis) {
        const out = cmd.match(/--out\s+(\S+)/)?.[1];
        const manifest = JSON.parse(readFileSync(join(work, out, 'manifest.json'), 'utf8'));
        assert.ok(manifest.count > 0);
      }
    });
  }
});
