// Save and resume, only when the person asks: one localStorage entry, wiped by "Effacer mes réponses".
import type { FlowAnswers } from '@passerelle/rules/flow';

export const STORAGE_KEY = 'passerelle-questionnaire:v1';

export interface ChecklistEntry {
  state: 'open' | 'to_open' | 'oriented' | 'not_concerned';
  orientedTo: string;
  note: string;
}

export interface SavedState {
  version: 1;
  savedAt: string;
  mode: string;
  themes: string[];
  answers: FlowAnswers;
  history: string[];
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

export function readSaved(): SavedState | undefined {
  try {
    const raw = storage()?.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const data = JSON.parse(raw) as SavedState;
    if (data?.version !== 1 || typeof data.answers !== 'object' || !Array.isArray(data.history))
      return undefined;
    return data;
  } catch {
    return undefined;
  }
}

export function writeSaved(state: Omit<SavedState, 'version' | 'savedAt'>): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(STORAGE_KEY, JSON.stringify({ version: 1, savedAt: new Date().toISOString(), ...state }));
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
