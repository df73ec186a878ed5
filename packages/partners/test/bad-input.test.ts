import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../src/import.js';
import type { IndexManifest } from '../src/partner-index.js';
import { fixturesDir, runCli } from './helpers.js';

const run = runCli;
const tmp = () => mkdtempSync(join(tmpdir(), 'partners-bad-'));
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('a failed import leaves the previous index untouched', () => {
  it('empty file, truncated JSON, mistyped name: exit 1, French reason, same files', async () => {
    const dir = tmp();
    const first = await run(['import', join(fixturesDir, 'local_ccas.json'), '--out', dir, '--no-communes']);
    expect(first.code).toBe(0);
    const before = snapshot(dir);
    const manifest = JSON.parse(before['manifest.json'] as string) as IndexManifest;
    expect(manifest.count).toBeGreaterThan(0);
    const w = tmp();
    writeFileSync(join(w, 'vide.json'), '');
    writeFileSync(
      join(w, 'coupe.json'),
      readFileSync(join(fixturesDir, 'local_ccas.json'), 'utf8').slice(0, 300),
    );
    for (const [file, reason] of [
      [join(w, 'vide.json'), /le fichier est vide/],
      [join(w, 'coupe.json'), /JSON illisible/],
      [join(w, 'locl_ccas.json'), /fichier introuvable : vérifiez le nom et le dossier/],
    ] as const) {
      const r = await run(['import', file, '--out', dir, '--no-communes']);
      expect(r.code, file).toBe(1);
      expect(r.err).toMatch(reason);
      expect(r.err).toMatch(/Import arrêté : .* rien n’a été écrit, l’index de .* est inchangé\./);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(snapshot(dir)).toEqual(before);
    }
    // One good and one unreadable file: still nothing written, a source must not vanish silently.
    const mixed = await run([
      'import',
      join(fixturesDir, 'local_ccas.json'),
      join(w, 'absent.json'),
      '--out',
      dir,
    ]);
    expect(mixed.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
    expect(readdirSync(join(dir, '..')).filter((f) => f.includes('.partiel-'))).toEqual([]);
  });

  it('a new import replaces the old shards and keeps other files', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'lisez-moi.txt'), 'à garder');
    writeFileSync(join(dir, '13.json'), '{}');
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ format: 'passerelle-partners-index', shards: [{ key: '13', file: '13.json' }] }),
    );
    const r = await run(['import', join(fixturesDir, 'local_ccas.json'), '--out', dir, '--no-communes']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['94.json', 'lisez-moi.txt', 'manifest.json']);
  });
});

describe('usage errors: exit 2, the option named, no stack', () => {
  it('--out naming a file, --report naming a folder', async () => {
    const w = tmp();
    const file = join(w, 'index.json');
    writeFileSync(file, 'x');
    const out = await run(['import', join(fixturesDir, 'local_ccas.json'), '--out', file]);
    expect(out.code).toBe(2);
    expect(out.err).toMatch(/^--out « .*index\.json » est un fichier : donnez un dossier/);
    expect(readFileSync(file, 'utf8')).toBe('x');
    mkdirSync(join(w, 'rapports'));
    const rep = await run([
      'import',
      join(fixturesDir, 'local_ccas.json'),
      '--out',
      join(w, 'index'),
      '--report',
      join(w, 'rapports'),
    ]);
    expect(rep.code).toBe(2);
    expect(rep.err).toMatch(/^--report « .*rapports » est un dossier : donnez un nom de fichier/);
    expect(rep.err).not.toMatch(/Erreur inattendue|\n\s+at /);
    const missing = await run([
      'import',
      join(fixturesDir, 'local_ccas.json'),
      '--out',
      join(w, 'index'),
      '--no-communes',
      '--report',
      join(w, 'nulle-part', 'rapport.json'),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Rapport non écrit dans « .*rapport\.json » : son dossier n’existe pas/);
  });

  it('--now garbage or impossible, unknown options, missing values', async () => {
    const f = join(fixturesDir, 'local_ccas.json');
    const dir = join(tmp(), 'index');
    for (const [args, message] of [
      [['--now', 'garbage'], /--now attend une date réelle AAAA-MM-JJ.*« garbage »/],
      [['--now', '2026-02-30'], /« 2026-02-30 »/],
      [['--exmple'], /Option inconnue « --exmple »/],
      [['--report'], /Il manque la valeur de --report/],
      [['--exemple=oui'], /--exemple ne prend pas de valeur/],
    ] as const) {
      const r = await run(['import', f, '--out', dir, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(readdirSync(join(dir, '..'))).toEqual([]);
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('records: reported, never garbled or dropped silently', () => {
  it('reads a Latin-1 CSV (Excel) correctly, with a warning', async () => {
    const w = tmp();
    const csv = 'nom;type;commune;code_postal\nÉpicerie solidaire des Théâtres;association;Créteil;94000\n';
    writeFileSync(join(w, 'excel.csv'), Buffer.from(csv, 'latin1'));
    const r = await run(['import', join(w, 'excel.csv'), '--out', join(w, 'index'), '--no-communes']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/excel\.csv fichier : attention : fichier en Latin-1 .* enregistrez-le en UTF-8/);
    const shard = readFileSync(join(w, 'index', '94.json'), 'utf8');
    expect(shard).toContain('Épicerie solidaire des Théâtres');
    expect(shard).not.toContain('\uFFFD');
  });

  it('gives CSV line numbers that count the line breaks inside quoted cells', () => {
    const csv = [
      'nom;type;description',
      'CCAS A;ccas;"ligne 1',
      'ligne 2',
      'ligne 3"',
      'Mairie B;mairie;ok',
      'X;ccas;"a";"b";c',
      'M;mairie;court',
    ].join('\r\n');
    const r = importText(csv, 't.csv');
    expect(r.issues.map((i) => `${i.where} ${i.level}`)).toEqual(['ligne 6 error', 'ligne 7 error']);
    expect(r.places.map((p) => p.nom)).toEqual(['CCAS A', 'Mairie B']);
  });

  it('names the record whose website or coordinates cannot be read', () => {
    const json = JSON.stringify({
      partenaires: [
        {
          id: 'a',
          nom: 'CCAS A',
          type: 'ccas',
          site_web: 'ccas point fr',
          latitude: 'NaN',
          longitude: '2.4',
        },
        { id: 'b', nom: 'Mairie B', type: 'mairie', latitude: 48.8, longitude: 2.4, site_web: 'www.b.fr' },
      ],
    });
    const r = importText(json, 'l.json');
    expect(r.places).toHaveLength(2);
    expect(r.places[0]?.lat).toBeUndefined();
    expect(r.places[1]?.siteWeb).toBe('https://www.b.fr/');
    const reasons = r.issues.map((i) => `${i.where} ${i.id} ${i.level} ${i.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(
        /^partenaires\[0\] a warning coordonnées illisibles, ignorées : latitude « NaN »/,
      ),
      expect.stringMatching(/^partenaires\[0\] a warning site web illisible, ignoré : « ccas point fr »/),
    ]);
  });

  it('treats a type named "constructor" as an unknown type, not a prototype property', () => {
    const r = importText('nom;type\nMairie de Test;constructor\nCCAS;toString\n', 'c.csv');
    expect(r.places.map((p) => p.types)).toEqual([['mairie'], ['ccas']]);
    expect(r.issues.map((i) => i.reason)).toEqual([
      expect.stringMatching(/^type inconnu « constructor »/),
      expect.stringMatching(/^type inconnu « toString »/),
    ]);
  });
});

describe('national size', () => {
  it('imports 150,000 records from one file (no argument spread)', async () => {
    const w = tmp();
    const deps = ['01', '13', '33', '59', '69', '75', '94', '971'];
    const structures = Array.from({ length: 150_000 }, (_, i) => {
      const dep = deps[i % deps.length] as string;
      return {
        id: `s${i}`,
        source: 'dora',
        nom: `Structure numéro ${i}`,
        reseaux_porteurs: ['ccas-cias'],
        code_postal: `${dep}${dep.length === 2 ? '100' : '10'}`,
        commune: 'Commune',
        adresse: `${i} rue de la République`,
        latitude: 45 + (i % 100) / 100,
        longitude: 2 + (i % 50) / 100,
        date_maj: '2026-10-01',
      };
    });
    writeFileSync(join(w, 'national.json'), JSON.stringify(structures));
    const r = await run(['import', join(w, 'national.json'), '--out', join(w, 'index'), '--no-communes']);
    expect(r.err).not.toMatch(/Maximum call stack|Erreur inattendue/);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(w, 'index', 'manifest.json'), 'utf8')) as IndexManifest;
    expect(manifest.count).toBe(150_000);
    expect(manifest.shards.map((s) => s.key).sort()).toEqual([...deps].sort());
  }, 600_000);
});
