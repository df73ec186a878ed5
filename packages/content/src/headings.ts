import type { Locale, SectionId } from './types.js';

/** Section headings: questions, the same for every right. */
export const SECTION_HEADINGS: Readonly<Record<Locale, Readonly<Record<SectionId, string>>>> = {
  fr: {
    quoi: "C'est quoi ?",
    qui: 'Pour qui ?',
    combien: 'Combien ?',
    comment: 'Comment faire ?',
    aide: "Qui peut m'aider ?",
  },
  en: {
    quoi: 'What is it?',
    qui: 'Who is it for?',
    combien: 'How much?',
    comment: 'How do I get it?',
    aide: 'Who can help me?',
  },
  ar: {
    quoi: 'ما هذا؟',
    qui: 'لمن؟',
    combien: 'كم؟',
    comment: 'كيف أحصل عليه؟',
    aide: 'من يمكنه مساعدتي؟',
  },
};
