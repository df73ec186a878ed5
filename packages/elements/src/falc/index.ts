// <passerelle-falc>: class and helpers (importing this registers nothing; see src/define/passerelle-falc.ts).
export { PasserelleFalc } from './falc.js';
export {
  pickVoice,
  type ReadAloudOptions,
  ReadAloudController,
  type ReadItem,
  type ReadState,
  type SpeechEngine,
} from './read-aloud.js';
