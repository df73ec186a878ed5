// Every line of the list of rights with its titles in every locale, Arabic included (Node, tests, packs). A
// browser reads CONTENT_INDEX and fetches the Arabic titles on an Arabic page only (lazy.ts).
import { CONTENT_INDEX } from './catalog.js';
import { withArabicTitle } from './explain.js';
import AR from './titles.ar.js';
import type { RightEntry } from './types.js';

export const RIGHT_ENTRIES: readonly RightEntry[] = CONTENT_INDEX.map((e) => withArabicTitle(e, AR));
