import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicAttributes, readDeclarations, referenceFile, renderReference } from '../scripts/reference.js';

// docs/guide-webmaster/reference.md must list every public attribute, event, part and custom property of
// each widget in the manifest that the elements build writes. Regenerate with `npm run reference`.
const decls = readDeclarations();
const reference = existsSync(referenceFile) ? readFileSync(referenceFile, 'utf8') : '';

describe('webmaster reference', () => {
  for (const tag of ['passerelle-questionnaire', 'passerelle-partner-finder', 'passerelle-falc']) {
    const d = decls.get(tag);
    it(`documents everything <${tag}> declares`, () => {
      // Every widget is declared since 2026-11-24: a missing one lost its JSDoc on the way to the analyser.
      expect(d, `<${tag}> is not in custom-elements.json`).toBeDefined();
      const names = [
        ...publicAttributes(d!).map((a) => a.name),
        ...(d!.events ?? []).map((e) => e.name),
        ...(d!.cssParts ?? []).map((p) => p.name),
        ...(d!.cssProperties ?? []).map((p) => p.name),
      ];
      const section = reference.split(/^## /m).find((s) => s.startsWith(`\`<${tag}>\``)) ?? '';
      expect(section, `reference.md has no section for <${tag}>: run npm run reference`).not.toBe('');
      expect(names.filter((n) => !section.includes(`\`${n}\``))).toEqual([]);
    });
  }

  it('renders a section per widget, with the internal state left out', () => {
    const text = renderReference(
      new Map([
        [
          'passerelle-falc',
          {
            tagName: 'passerelle-falc',
            summary: 'FALC | explanations',
            attributes: [
              { name: 'right', fieldName: 'right', description: 'Id of the right' },
              { name: 'openWords', fieldName: 'openWords' },
            ],
            members: [{ kind: 'field', name: 'openWords', privacy: 'protected' }],
            events: [{ name: 'passerelle-falc-select', description: 'A right was chosen.' }],
            cssParts: [{ name: 'glossary' }],
            cssProperties: [{ name: '--passerelle-color-action' }],
          },
        ],
      ]),
    );
    expect(text).toContain('| `right` |  |  | Id of the right |');
    expect(text).not.toContain('openWords');
    expect(text).toContain('FALC \\| explanations');
    expect(text).toContain('| `passerelle-falc-select` | A right was chosen. |');
    expect(text).toMatch(/## `<passerelle-questionnaire>`[^\n]*\n\n_Ce widget ne figure pas encore/);
  });
});
