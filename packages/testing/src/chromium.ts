// Re-exported for TypeScript configs; setup.mjs uses the same file before dependencies exist.
export { chromiumArgs, findChromium, launchOptions } from '../../../scripts/chromium.mjs';
