// Helpers of the language tests of the widgets (left out of the published package, see package.json "files").
import { frenchWords } from '@passerelle/testing/french';
import { expect } from 'vitest';
import type { MessageTable, MessageValue } from './messages.js';

/** Every text of a message: the string, or each plural form. */
export const messageTexts = (v: MessageValue | undefined): string[] =>
  v === undefined ? [] : typeof v === 'string' ? [v] : Object.values(v).filter((t) => t !== undefined);

/** `{name}` placeholders of a text, sorted. */
export const placeholderNames = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

/** Pieces of a French table's sentences (placeholders cut out) of at least `min` characters. */
export function frenchPieces(fr: MessageTable, min: number, except: readonly string[] = []): string[] {
  return Object.values(fr)
    .flatMap((v) => messageTexts(v))
    .flatMap((t) => t.split(/\{\w+\}/))
    .map((p) => p.trim())
    .filter((p) => p.length >= min && !except.includes(p));
}

/** Fails when `text` holds a French stop word (names in `allow` aside) or one of the French `pieces`. */
export function expectNoFrench(
  text: string,
  where: string,
  allow: readonly string[],
  pieces: readonly string[],
): void {
  expect(frenchWords(text, allow), `${where}: ${text}`).toEqual([]);
  expect(
    pieces.filter((p) => text.includes(p)),
    `${where}: French sentence`,
  ).toEqual([]);
}

/** Every key of `fr` has a text in `own` with the same placeholders, and no French word in any form. */
export function expectTableTranslated(
  fr: MessageTable,
  own: Partial<Record<string, MessageValue>>,
  allow: readonly string[],
): void {
  for (const [key, source] of Object.entries(fr)) {
    const forms = messageTexts(own[key]);
    expect(forms.length, `${key}: missing`).toBeGreaterThan(0);
    const other = (v: MessageValue) => (typeof v === 'string' ? v : v.other);
    expect(placeholderNames(other(own[key] as MessageValue)), key).toEqual(placeholderNames(other(source)));
    for (const t of forms) expect(frenchWords(t, allow), `${key}: ${t}`).toEqual([]);
  }
}
