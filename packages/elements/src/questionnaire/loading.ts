// The code the questionnaire loads after its first screen, once per page: the rights added with issue 15
// and the engine (engine.ts). Both are asked for when a questionnaire connects (the loader preloads them in
// the same wave), so the start screen never waits for them.
/** The flow, the engine and the screens after the start screen (engine.ts). */
export type Engine = typeof import('./engine.js');
/** "Mon bilan" and the fiche (../handoff/bilan-screen.ts): loaded when the person opens or downloads it. */
export type BilanScreen = typeof import('../handoff/bilan-screen.js');

/**
 * The rights added with issue 15 ('@passerelle/rules/extra'), a chunk of their own loaded once per page from
 * the moment a questionnaire connects, so the start screen never waits for them. Without them (a failed
 * load) the session still runs on the original catalogue.
 */
let extraRights: Promise<void> | undefined;
let extraRightsLoaded = false;
/** Whether the extra rights are in. */
export const extraRightsIn = (): boolean => extraRightsLoaded;
export function loadExtraRights(): Promise<void> {
  extraRights ??= import('@passerelle/rules/extra').then(
    (m) => {
      m.loadExtraRights();
      extraRightsLoaded = true;
    },
    (error) => {
      extraRights = undefined;
      console.error('[passerelle-questionnaire] droits ajoutés (issue 15) non chargés', error);
    },
  );
  return extraRights;
}

/** Settles when the extra rights a questionnaire started loading are in (tests: the start screen was read). */
export const extraRightsLoading = (): Promise<void> => extraRights ?? Promise.resolve();

/** A lazy import asked for once per page; a failed one is asked again next time. */
function once<T>(load: () => Promise<T>): { get: () => T | undefined; load: () => Promise<T> } {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (pending ??= load().then(
        (v) => (value = v),
        (error) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}

// The engine carries the aide au logement zone of every commune (about 2 KB), read once it arrives: every
// bilan has it, so no request ever depends on an answer (one made only for renters would tell the server).
const engine = once<Engine>(() =>
  import('./engine.js').then((e) => {
    e.loadZones();
    return e;
  }),
);
/** The engine once loaded. */
export const loadedEngine = engine.get;
export const loadEngine = engine.load;

const bilanScreen = once<BilanScreen>(() => import('../handoff/bilan-screen.js'));
/** "Mon bilan" once loaded. */
export const loadedBilanScreen = bilanScreen.get;
export const loadBilanScreen = bilanScreen.load;
