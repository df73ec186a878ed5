// Entry of dist/passerelle.js, the file webmasters paste. The build replaces both constants.
import { startLoader } from './loader.js';

declare const __PASSERELLE_VERSION__: string;
declare const __PASSERELLE_CHUNKS__: readonly string[];
declare const __PASSERELLE_DEPS__: Record<string, readonly string[]>;
declare const __PASSERELLE_LAZY__: Record<string, Record<string, readonly string[]>>;

startLoader({
  version: __PASSERELLE_VERSION__,
  chunks: __PASSERELLE_CHUNKS__,
  deps: __PASSERELLE_DEPS__,
  lazy: __PASSERELLE_LAZY__,
  base: import.meta.url,
});
