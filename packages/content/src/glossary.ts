// Glossaries by locale, loaded at once (Node, tests, checker). A browser loads one locale on demand.
import AR from './glossary/ar.js';
import EN from './glossary/en.js';
import FR from './glossary/fr.js';
import type { GlossaryEntry, Locale } from './types.js';

/** Glossaries by locale. */
export const glossary: Readonly<Record<Locale, readonly GlossaryEntry[]>> = { fr: FR, en: EN, ar: AR };
