import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocument, checkText } from './check.js';
import { runCli } from './run-cli.js';

const pieces = fc.constantFrom(
  'Vous ',
  'avez ',
  'la CAF ',
  'ATTENTION ',
  '*mot* ',
  '50 % ',
  '12 000 ',
  'trois ',
  "n'avez pas ",
  'sans ',
  'est versée ',
  '; ',
  ', ',
  '. ',
  '?\n',
  '\n\n',
  '# Titre\n',
  '- item\n',
  '{montant:rsa.x} ',
  'https://a.fr/b ',
  'etc. ',
  'M. ',
  '03/04/2026 ',
  'XII ',
  '& ',
  '… ',
  'l’aide ',
  'É',
  '\r\n',
  '   ',
);

describe('robustness', () => {
  it('never throws and always points at the exact sentence text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
        ),
        (text) => {
          const source = text.normalize('NFC');
          const r = checkText(text);
          for (const f of r.findings) {
            expect(source.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
            if (f.match) expect(source.slice(f.match.start, f.match.end)).toBe(f.match.text);
            expect(f.message.length).toBeGreaterThan(10);
          }
          expect(r.ok).toBe(r.counts.error === 0);
          checkText(text, { lang: 'en' });
          checkDocument([{ heading: text, body: text }], [text]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the CLI never throws on any file content', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.json().map((j) => `{"sections":[${j}]}`),
          fc.json().map((j) => `{"explanations":${j}}`),
        ),
        (content) => {
          for (const file of ['a.md', 'a.json'])
            expect([0, 1, 2]).toContain(
              runCli(['check', file], { readFile: () => content, out: () => {}, err: () => {} }),
            );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('hostile text', () => {
  // Hang-only timeouts: each rule must stay linear (these took more than 30 s with quadratic regexes).
  it('checks a 200 KB word without spaces', { timeout: 60_000 }, () => {
    const word = 'a'.repeat(200_000);
    const r = checkText(word);
    expect(r.stats.words).toBe(1);
    const email = checkText(`${'a'.repeat(100_000)}!x@${'b'.repeat(100_000)}`);
    expect(email.findings.some((f) => f.rule === 'special-characters')).toBe(false);
  });
  it('checks one 240 KB sentence of « et, »', { timeout: 60_000 }, () => {
    const r = checkText('et,'.repeat(80_000));
    expect(r.stats.sentences).toBe(1);
    expect(r.ok).toBe(false);
  });
  it('checks 100,000 opening parentheses and capitals', { timeout: 60_000 }, () => {
    expect(checkText(`Caisse ${'(CAF '.repeat(50_000)}`).stats.sentences).toBe(1);
  });
});

describe('malformed content JSON', () => {
  it('keeps the good data and checks it', () => {
    const json = JSON.stringify({
      explanations: [
        {
          id: 'x',
          sections: [{ heading: null, body: 'La CAF paie.' }],
          glossary: [5, null, { term: 'CAF', aliases: [3], definition: 7 }],
        },
      ],
      glossary: ['nope', { term: 2 }],
    });
    const out: string[] = [];
    const code = runCli(['check', 'c.json'], {
      readFile: () => json,
      out: (l) => out.push(l),
      err: (l) => out.push(l),
    });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('OK c.json (x)');
  });
});
