// Writes docs/guide-webmaster/reference.md from packages/elements/custom-elements.json: every attribute, event,
// slot, part and custom property of each widget, so the webmaster guide never drifts from the code.
// Usage: tsx scripts/reference.ts [--check] [--if-present]   (--check exits 1 when the file is out of date)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS } from '../src/widgets.js';

const here = resolve(fileURLToPath(import.meta.url), '..', '..');
const repo = resolve(here, '..', '..');
export const manifestFile = join(repo, 'packages', 'elements', 'custom-elements.json');
export const referenceFile = join(repo, 'docs', 'guide-webmaster', 'reference.md');

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  privacy?: string;
  kind?: string;
}
export interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

export function readDeclarations(file = manifestFile): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  if (!existsSync(file)) return out;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  for (const m of manifest.modules)
    for (const d of m.declarations ?? []) if (d.tagName) out.set(d.tagName, d);
  return out;
}

/** Attributes a webmaster can set: internal state fields (protected/private members) are left out. */
export function publicAttributes(d: Declaration): Named[] {
  const hidden = new Set(
    (d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
  );
  return (d.attributes ?? []).filter((a) => !(a.fieldName && hidden.has(a.fieldName)));
}

const cell = (s = '') =>
  s
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (s?: string) => (s ? `\`${s.replace(/`/g, '')}\`` : '');

function table(head: string[], rows: string[][]): string {
  if (rows.length === 0) return '_Aucun._\n';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ]
    .join('\n')
    .concat('\n');
}

export function renderReference(decls: Map<string, Declaration>): string {
  const parts: string[] = [
    '# Référence des widgets',
    '',
    '<!-- Fichier généré par `npm run reference -w @passerelle/embed` à partir de',
    '     packages/elements/custom-elements.json. Ne le modifiez pas à la main. -->',
    '',
    'Cette page liste, pour chaque widget, tout ce que vous pouvez régler depuis votre page : les',
    'attributs à écrire sur la balise, les événements que le widget envoie, les emplacements (slots), les',
    'parties stylables avec `::part()` et les propriétés CSS personnalisées. Les descriptions viennent du',
    'code des widgets (en anglais, comme le code) ; les exemples du guide sont en français.',
    '',
  ];
  for (const w of WIDGETS) {
    const d = decls.get(w.tag);
    parts.push(`## \`<${w.tag}>\` : ${w.label}`, '');
    if (!d) {
      parts.push('_Ce widget ne figure pas encore dans le manifeste des composants._', '');
      continue;
    }
    if (d.summary) parts.push(`${cell(d.summary)}`, '');
    parts.push(
      '### Attributs',
      '',
      table(
        ['Attribut', 'Type', 'Par défaut', 'Description'],
        publicAttributes(d).map((a) => [
          code(a.name),
          code(a.type?.text),
          code(a.default),
          cell(a.description),
        ]),
      ),
      '### Événements',
      '',
      'Écoutez-les avec `element.addEventListener(nom, …)`. Aucun ne contient les réponses de la personne.',
      '',
      table(
        ['Événement', 'Description'],
        (d.events ?? []).map((e) => [code(e.name), cell(e.description)]),
      ),
      '### Emplacements (slots)',
      '',
      table(
        ['Nom', 'Description'],
        (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(par défaut)', cell(s.description)]),
      ),
      '### Parties stylables (`::part`)',
      '',
      table(
        ['Partie', 'Description'],
        (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
      '### Propriétés CSS personnalisées',
      '',
      table(
        ['Propriété', 'Description'],
        (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const decls = readDeclarations();
  // The build calls this with --if-present: a fresh clone has no manifest before @passerelle/elements builds.
  if (decls.size === 0 && process.argv.includes('--if-present')) process.exit(0);
  if (decls.size === 0)
    throw new Error(
      `${manifestFile} is missing or empty: run \`npm run build -w @passerelle/elements\` first.`,
    );
  const text = renderReference(decls);
  if (process.argv.includes('--check')) {
    const current = existsSync(referenceFile) ? readFileSync(referenceFile, 'utf8') : '';
    if (current !== text) {
      console.error(`${referenceFile} is out of date: run npm run reference -w @passerelle/embed`);
      process.exit(1);
    }
  } else {
    writeFileSync(referenceFile, text);
    console.log(
      `wrote ${referenceFile} (${[...decls.keys()].filter((t) => t.startsWith('passerelle-')).join(', ')})`,
    );
  }
}
