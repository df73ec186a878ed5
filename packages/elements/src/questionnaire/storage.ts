// Save and resume, only when the person asks: one localStorage entry, wiped by "Effacer mes réponses".
// The entry is the session's own state (see '@passerelle/rules/flow') plus the date and the checklist.
import type { SessionState } from '@passerelle/rules/flow';
import type { ChecklistState } from '../mediator/model.js';

export const STORAGE_KEY = 'passerelle-questionnaire:v1';

export interface ChecklistEntry {
  state: ChecklistState;
  orientedTo: string;
  note: string;
}

export interface SavedState extends SessionState {
  savedAt: string;
  checklist: Record<string, ChecklistEntry>;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be blocked (private mode, sandboxed iframe): saving is then unavailable.
    return undefined;
  }
}

/**
 * The saved entry, or undefined when there is none. Only the envelope is checked here; the answers are
 * checked when the session is restored from it.
 */
export function readSaved(): SavedState | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as SavedState;
    if (typeof data !== 'object' || data === null) return undefined;
    return data;
  } catch {
    return undefined;
  }
}

/** Stores the entry; false when the device refused (storage blocked or full): nothing is kept then. */
export function writeSaved(state: Omit<SavedState, 'savedAt'>): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(STORAGE_KEY, JSON.stringify({ ...state, savedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to wipe.
  }
}
