// The life events of the start screen exist in every translated locale, each with a label and a hint.
import { describe, expect, it } from 'vitest';
import { LIFE_EVENT_IDS } from '../flow/life-events.js';
import { loadRulesTranslation, TRANSLATED_LOCALES } from './index.js';

describe.each(TRANSLATED_LOCALES)('life events in %s', (locale) => {
  it('names every event, with a hint, and nothing else', async () => {
    const t = await loadRulesTranslation(locale);
    expect(t.lifeEvents.review).toBe('awaiting-review');
    expect(Object.keys(t.lifeEvents.events).sort()).toEqual([...LIFE_EVENT_IDS].sort());
    for (const [id, e] of Object.entries(t.lifeEvents.events)) {
      expect(e.label.length, `${locale} ${id}`).toBeGreaterThan(8);
      expect(e.hint.length, `${locale} ${id}`).toBeGreaterThan(8);
    }
  });
});
