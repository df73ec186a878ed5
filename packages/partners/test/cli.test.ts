import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndexManifest, IndexShard } from '../src/partner-index.js';
import { fixturesDir, runCli } from './helpers.js';

const run = runCli;
const fx = (n: string) => join(fixturesDir, n);

describe('passerelle-partners import', () => {
  it('imports several formats, reports each bad record with file and place, writes shards and a manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partners-'));
    const r = await run([
      'import',
      fx('local_ccas.json'),
      fx('dila-bdl-bulk-json_samples.json'),
      fx('lmn_paca_excerpt.csv'),
      '--out',
      dir,
      '--no-communes',
      '--now',
      '2026-11-24',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/local_ccas\.json partenaires\[2\].* : ERREUR : nom : nom trop court/);
    expect(r.err).toMatch(/lmn_paca_excerpt\.csv ligne \d+ : ERREUR : CSV mal formé/);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;
    expect(manifest.format).toBe('passerelle-partners-index');
    expect(manifest.generatedAt).toBe('2026-11-24T00:00:00.000Z');
    expect(manifest.shards.map((s) => s.key)).toEqual(['04', '13', '27', '77', '84', '94']);
    const s94 = JSON.parse(readFileSync(join(dir, '94.json'), 'utf8')) as IndexShard;
    expect(s94.places.map((p) => p.nom)).toContain('CCAS de Ville-Exemple');
    expect(readdirSync(dir)).toContain('manifest.json');
    // The summary line lists the warnings by kind, not only their count.
    expect(r.out.split('\n').at(-1)).toMatch(/\d+ avertissements \(\d+ [^)]*horaires illisibles[^)]*\)\.$/);
  }, 300_000);

  it('places records without coordinates at their commune centre and writes the communes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'partners-'));
    const r = await run([
      'import',
      join(fixturesDir, '..', '..', 'samples', 'val-de-marne.json'),
      '--out',
      dir,
    ]);
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;
    expect(manifest.exemple).toBe(true);
    expect(manifest.communes).toBe('communes/manifest.json');
    expect(manifest.credits.join()).toMatch(/Base des codes postaux/);
    const s94 = JSON.parse(readFileSync(join(dir, '94.json'), 'utf8')) as IndexShard;
    const mairie = s94.places.find((p) => p.nom === 'Mairie de Créteil');
    expect(mairie?.positionApprochee).toBe(true);
    expect(mairie?.lat).toBeCloseTo(48.78, 1);
    expect(readdirSync(join(dir, 'communes'))).toContain('dep-94.json');
    expect(r.err).toMatch(/placé au centre de Créteil/);
  }, 300_000);

  it('refuses bad usage with a clear message', async () => {
    expect((await run(['import', fx('local_ccas.json')])).err).toMatch(/Il manque --out/);
    expect((await run(['import', '--out', '/tmp/x'])).err).toMatch(/Aucun fichier/);
    expect((await run(['exporter', '--out', '/tmp/x'])).code).toBe(2);
    expect((await run(['import', fx('local_ccas.json'), '--out', '/tmp/x', '--format', 'xml'])).err).toMatch(
      /Format inconnu « xml »/,
    );
    const dir = mkdtempSync(join(tmpdir(), 'partners-'));
    expect((await run(['import', fx('malformed-json.txt'), '--out', dir, '--no-communes'])).code).toBe(1);
  });
});
