// Words and ids the start screen needs before the engine arrives (see engine.ts): kept apart so that
// the first screen does not import the question table or the catalogue.
import type { Theme } from '@passerelle/rules';
import type { MessageKey } from './messages.js';

const THEME_KEYS: Record<Theme | 'profil', MessageKey> = {
  profil: 'groupProfil',
  famille: 'themeFamille',
  emploi: 'themeEmploi',
  logement: 'themeLogement',
  sante: 'themeSante',
  transport: 'themeTransport',
  ressources: 'themeRessources',
};

export const themeLabel = (c: { t(key: MessageKey): string }, theme: Theme | 'profil'): string =>
  c.t(THEME_KEYS[theme]);

/** Id of a question's field (the error summary links to it). */
export const fieldId = (key: string) => `q-${key.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-$/, '')}`;
