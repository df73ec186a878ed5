// Every explanation, by right id, loaded at once (Node, tests, checker). Browsers use loadExplanation.
import { BODIES } from './bodies.js';
import { RIGHT_ENTRIES } from './entries.js';
import { withTitles } from './explain.js';
import type { RightContent } from './types.js';

const bodyById = new Map(BODIES.map((b) => [b.id, b]));

export const CONTENT: readonly RightContent[] = RIGHT_ENTRIES.map((entry) => {
  const body = bodyById.get(entry.id);
  if (!body) throw new Error(`catalog.ts lists "${entry.id}" but no file in ./rights/ has this id`);
  return withTitles(entry, body);
});

const byId = new Map(CONTENT.map((c) => [c.id, c]));

export function getContent(rightId: string): RightContent | undefined {
  return byId.get(rightId);
}
